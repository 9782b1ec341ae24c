// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";
import {DecisionReceipt} from "../src/libraries/VaultTypes.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice Every rebalance limit, the decision receipt, and fuzzing of the allocation.
contract VaultRebalanceTest is Fixture {
    function test_rebalance_revertsWrongLength() public {
        DecisionReceipt memory r = _receipt();
        vm.startPrank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidTargetsLength.selector, 3, 2));
        vault.rebalance(new uint256[](3), r);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidTargetsLength.selector, 1, 2));
        vault.rebalance(new uint256[](1), r);
        vm.stopPrank();
    }

    function test_rebalance_revertsAbsoluteCap() public {
        _deposit(alice, 1000e6);
        vm.prank(governance);
        vault.setCaps(address(adapterA), 300e6, BPS);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CapExceeded.selector, address(adapterA), 500e6, 300e6));
        _rebalance(500e6, 0);
        _rebalance(300e6, 0); // exactly at the cap
        assertEq(sourceAssets(vault, address(adapterA)), 300e6, "at cap");
    }

    function test_rebalance_revertsRelativeCap() public {
        _deposit(alice, 1000e6);
        vm.prank(governance);
        vault.setCaps(address(adapterB), type(uint256).max, 3000); // 30% of total assets
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.RelativeCapExceeded.selector, address(adapterB), 300e6 + 1, 300e6)
        );
        _rebalance(0, 300e6 + 1);
        _rebalance(0, 300e6);
        // the limit follows total assets (before the rebalance)
        _deposit(bob, 1000e6);
        _rebalance(0, 600e6);
        assertEq(sourceAssets(vault, address(adapterB)), 600e6, "30% of 2000");
    }

    function test_rebalance_zeroRelativeCapBlocksSource() public {
        _deposit(alice, 1000e6);
        vm.prank(governance);
        vault.setCaps(address(adapterA), type(uint256).max, 0);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.RelativeCapExceeded.selector, address(adapterA), 1, 0));
        _rebalance(1, 0);
    }

    function test_rebalance_revertsMinIdle() public {
        _deposit(alice, 1000e6);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MinIdleViolated.selector, 50e6, 100e6));
        _rebalance(500e6, 450e6);
    }

    function test_rebalance_revertsInsufficientIdle() public {
        _deposit(alice, 1000e6);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientIdle.selector, 600e6, 400e6));
        _rebalance(600e6, 600e6);
    }

    function test_rebalance_revertsFutureReceipt() public {
        _deposit(alice, 1000e6);
        vm.roll(500);
        DecisionReceipt memory r = _receipt();
        r.inputBlock = 501;
        uint256[] memory t = _targets(100e6, 0);
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.FutureReceipt.selector, 501, 500));
        vault.rebalance(t, r);
        // a receipt from the current or an older block is fine
        r.inputBlock = 500;
        vm.prank(keeper);
        vault.rebalance(t, r);
        r.inputBlock = 1;
        vm.prank(keeper);
        vault.rebalance(t, r);
    }

    function test_rebalance_cooldown() public {
        _deposit(alice, 1000e6);
        vm.prank(governance);
        vault.setCooldown(1 hours);
        uint256 t0 = block.timestamp;
        _rebalance(100e6, 0); // the first rebalance is never in cooldown
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CooldownActive.selector, t0 + 1 hours, t0));
        _rebalance(200e6, 0);
        vm.warp(t0 + 1 hours - 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CooldownActive.selector, t0 + 1 hours, t0 + 1 hours - 1));
        _rebalance(200e6, 0);
        vm.warp(t0 + 1 hours);
        _rebalance(200e6, 0);
        assertEq(vault.lastRebalance(), t0 + 1 hours, "lastRebalance");
        // a heartbeat does not reset the cooldown
        vm.warp(t0 + 2 hours);
        vm.prank(keeper);
        vault.heartbeat();
        _rebalance(300e6, 0);
    }

    function test_rebalance_turnover() public {
        _deposit(alice, 1000e6);
        // idle 1000 -> A 500, B 400: Σ|Δsources| = 900, |Δidle| = 900, turnover = 900 = 90%
        vm.prank(governance);
        vault.setMaxTurnoverBps(8999);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.TurnoverExceeded.selector, 900e6, 899.9e6));
        _rebalance(500e6, 400e6);
        vm.prank(governance);
        vault.setMaxTurnoverBps(9000);
        _rebalance(500e6, 400e6);

        // A 500 -> B: Σ|Δsources| = 1000, |Δidle| = 0, turnover = 500 = 50%
        vm.prank(governance);
        vault.setMaxTurnoverBps(4000);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.TurnoverExceeded.selector, 500e6, 400e6));
        _rebalance(0, 900e6);
        _rebalance(100e6, 800e6); // moves 400 = 40%
        assertEq(sourceAssets(vault, address(adapterB)), 800e6, "B");
    }

    function test_rebalance_maxLoss() public {
        TestSource lossy = _addTestSource();
        _deposit(alice, 1000e6);
        _rebalance3(0, 0, 500e6);
        lossy.setWithdrawFeeBps(100); // the source keeps 1% of what it returns
        // 500 withdrawn, 495 received: a 5 loss > 0.1% of 1000 + 3 sources × 2 wei
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MaxLossExceeded.selector, 1000e6, 995e6, 1e6 + 6));
        _rebalance3(0, 0, 0);
        vm.prank(governance);
        vault.setMaxLossBps(50); // 0.5%
        _rebalance3(0, 0, 0);
        assertEq(vault.totalAssets(), 995e6, "loss accepted within the limit");
    }

    /// A deposit is what its source lacked when read before the moves: a source that a withdrawal moved up in between
    /// (here the source withdrawn from hands it 1 on the way) lands above its target, and its caps are checked where
    /// it landed, so it cannot end above them.
    function test_rebalance_capsCheckedWhereADepositLands() public {
        TestSource s = _addTestSource();
        TestSource t = _addTestSource();
        vm.prank(governance);
        vault.setCooldown(0);
        _deposit(alice, 1000e6);
        uint256[] memory targets = new uint256[](4);
        targets[2] = 500e6;
        _rebalance(targets);
        vm.prank(governance);
        vault.setCaps(address(t), 300e6, BPS);
        s.setReenter(address(usdc), abi.encodeCall(usdc.transfer, (address(t), 1e6)));
        targets[2] = 200e6;
        targets[3] = 300e6;
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CapExceeded.selector, address(t), 301e6, 300e6));
        _rebalance(targets);
        targets[3] = 299e6; // lands at 300e6: within the cap
        _rebalance(targets);
        assertEq(sourceAssets(vault, address(t)), 300e6, "landed at its cap");
    }

    function test_rebalance_roundingToleranceOnly() public {
        TestSource lossy = _addTestSource();
        _deposit(alice, 1000e6);
        _rebalance3(0, 0, 800);
        lossy.setWithdrawFeeBps(100); // 8 wei fee on 800
        vm.startPrank(governance);
        vault.setMaxLossBps(0);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MaxLossExceeded.selector, 1000e6, 1000e6 - 8, 6));
        _rebalance3(0, 0, 0);
        _rebalance3(0, 0, 500); // 3 wei fee: within the 6 wei tolerance
    }

    function test_rebalance_emitsReceipt() public {
        _deposit(alice, 1000e6);
        vm.roll(1234);
        DecisionReceipt memory r = DecisionReceipt({
            configHash: keccak256("cfg-v7"),
            modelId: keccak256("meanvar/fista@3219e26"),
            inputBlock: 1233,
            predictedApyBps: 512,
            expectedGain: 7_654_321
        });
        uint256[] memory t = _targets(500e6, 400e6);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.Rebalanced(keeper, t, 100e6, 1000e6);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.RebalanceDecision(
            keeper, keccak256("cfg-v7"), keccak256("meanvar/fista@3219e26"), 1233, 512, 7_654_321
        );
        vm.prank(keeper);
        vault.rebalance(t, r);
    }

    // ================================================================ fuzz

    /// Any allocation within the caps and the idle floor succeeds, lands exactly and conserves assets.
    function testFuzz_rebalanceWithinLimits(uint256 amount, uint256 relA, uint256 capB, uint256 sa, uint256 sb) public {
        amount = bound(amount, 1, 1e15);
        relA = bound(relA, 0, BPS);
        capB = bound(capB, 0, 1e15);
        vm.startPrank(governance);
        vault.setCaps(address(adapterA), type(uint256).max, relA);
        vault.setCaps(address(adapterB), capB, BPS);
        vm.stopPrank();
        _deposit(alice, amount);
        uint256 maxInvest = amount - (amount * MIN_IDLE_BPS + BPS - 1) / BPS;
        uint256 a = bound(sa, 0, _min(maxInvest, (amount * relA) / BPS));
        uint256 b = bound(sb, 0, _min(maxInvest - a, capB));
        _rebalance(a, b);
        assertEq(sourceAssets(vault, address(adapterA)), a, "A on target");
        assertEq(sourceAssets(vault, address(adapterB)), b, "B on target");
        assertEq(vault.idle(), amount - a - b, "idle rest");
        assertEq(vault.totalAssets(), amount, "assets conserved");
        // and back
        _rebalance(0, 0);
        assertEq(vault.idle(), amount, "all idle again");
    }

    /// Any target above a cap reverts with the exact cap error.
    function testFuzz_rebalanceAboveCapsReverts(uint256 amount, uint256 relA, uint256 capB, uint256 over) public {
        amount = bound(amount, 1e6, 1e15);
        relA = bound(relA, 0, BPS - 1);
        capB = bound(capB, 0, amount / 2);
        vm.startPrank(governance);
        vault.setCaps(address(adapterA), type(uint256).max, relA);
        vault.setCaps(address(adapterB), capB, BPS);
        vm.stopPrank();
        _deposit(alice, amount);
        uint256 limitA = (amount * relA) / BPS;
        uint256 a = limitA + bound(over, 1, amount);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.RelativeCapExceeded.selector, address(adapterA), a, limitA));
        _rebalance(a, 0);
        uint256 b = capB + bound(over, 1, amount);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CapExceeded.selector, address(adapterB), b, capB));
        _rebalance(0, b);
    }

    /// Turnover is the share of assets changing place; it passes exactly at the limit and fails just above.
    function testFuzz_turnoverLimit(uint256 amount, uint256 a0, uint256 a1, uint256 maxBps) public {
        amount = bound(amount, 1e6, 1e15);
        uint256 maxInvest = amount - (amount * MIN_IDLE_BPS + BPS - 1) / BPS;
        a0 = bound(a0, 0, maxInvest);
        a1 = bound(a1, 0, maxInvest);
        _deposit(alice, amount);
        _rebalance(a0, 0);
        // A: a0 -> a1, B: 0 -> a0 (whatever A had moves to B), idle changes by a1 (sign aside)
        uint256 b1 = a0 + a1 <= maxInvest ? a0 : maxInvest - a1;
        uint256 idleBefore = amount - a0;
        uint256 idleAfter = amount - a1 - b1;
        uint256 moved = _diff(a1, a0) + b1 + _diff(idleAfter, idleBefore);
        uint256 turnover = moved / 2;
        maxBps = bound(maxBps, 0, BPS);
        vm.prank(governance);
        vault.setMaxTurnoverBps(maxBps);
        uint256 maxTurnover = (amount * maxBps) / BPS;
        if (turnover > maxTurnover) {
            vm.expectRevert(abi.encodeWithSelector(ErrorsLib.TurnoverExceeded.selector, turnover, maxTurnover));
        }
        _rebalance(a1, b1);
    }

    // ================================================================ helpers

    function _addTestSource() internal returns (TestSource s) {
        s = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(s), type(uint256).max, BPS);
    }

    function _rebalance3(uint256 a, uint256 b, uint256 c) internal {
        uint256[] memory t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = c;
        _rebalance(t);
    }

    function _min(uint256 x, uint256 y) internal pure returns (uint256) {
        return x < y ? x : y;
    }

    function _diff(uint256 x, uint256 y) internal pure returns (uint256) {
        return x > y ? x - y : y - x;
    }
}
