// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {ERC4626Adapter} from "../src/adapters/ERC4626Adapter.sol";
import {Mock4626} from "../src/mocks/Mock4626.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {sourceAssets, withdrawQueueOf} from "./utils/VaultReads.sol";

/// @notice Withdraw queue, exact max withdraw/redeem, reentrancy, inflation attack, deposit/withdraw fuzzing.
contract VaultWithdrawTest is Fixture {
    /// @dev The vault's ROUNDING_TOLERANCE_PER_SOURCE (test_roundingAllowance checks it).
    uint256 internal constant ROUNDING = 2;

    function test_roundingAllowance() public view {
        assertEq(vault.ROUNDING_TOLERANCE_PER_SOURCE(), ROUNDING, "per-source allowance");
    }

    // ================================================================ withdraw queue

    function test_withdrawQueue_order() public {
        _deposit(alice, 1000e6);
        _rebalance(500e6, 400e6);
        vm.prank(governance);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetWithdrawQueue(_pair(address(adapterB), address(adapterA)));
        vault.setWithdrawQueue(_pair(address(adapterB), address(adapterA)));
        address[] memory q = withdrawQueueOf(vault);
        assertEq(q[0], address(adapterB), "B first");
        assertEq(q[1], address(adapterA), "A second");
        address[] memory s = vault.getSources();
        assertEq(s[0], address(adapterA), "allocation order unchanged");

        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(adapterB), 400e6);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(adapterA), 200e6);
        vm.prank(alice);
        vault.withdraw(700e6, alice, alice); // idle 100, then B 400, then A 200
        assertEq(vault.idle(), 0, "idle first");
        assertEq(sourceAssets(vault, address(adapterB)), 0, "queue's first source drained");
        assertEq(sourceAssets(vault, address(adapterA)), 300e6, "second only what was missing");
    }

    function test_withdrawQueue_skipsIlliquidSource() public {
        _deposit(alice, 1000e6);
        _rebalance(500e6, 400e6);
        _borrow(poolA, 500e6); // A fully utilised
        vm.prank(alice);
        vault.withdraw(300e6, alice, alice); // idle 100, A has nothing free, B 200
        assertEq(sourceAssets(vault, address(adapterA)), 500e6, "A untouched");
        assertEq(sourceAssets(vault, address(adapterB)), 200e6, "B paid the rest");
    }

    function test_setWithdrawQueue_validation() public {
        vm.startPrank(governance);
        address[] memory one = new address[](1);
        one[0] = address(adapterA);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidQueueLength.selector, 1, 2));
        vault.setWithdrawQueue(one);
        address[] memory three = new address[](3);
        three[0] = address(adapterA);
        three[1] = address(adapterB);
        three[2] = address(adapterA);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidQueueLength.selector, 3, 2));
        vault.setWithdrawQueue(three);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.DuplicateSource.selector, address(adapterA)));
        vault.setWithdrawQueue(_pair(address(adapterA), address(adapterA)));
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownSource.selector, address(0x1)));
        vault.setWithdrawQueue(_pair(address(adapterA), address(0x1)));
        vm.stopPrank();
    }

    function test_withdrawQueue_followsAddAndRemove() public {
        AaveV3Adapter c = new AaveV3Adapter(address(vault), address(poolB.pool), address(usdc));
        vm.startPrank(governance);
        vault.setWithdrawQueue(_pair(address(adapterB), address(adapterA)));
        vault.addSource(address(c), type(uint256).max, BPS);
        address[] memory q = withdrawQueueOf(vault);
        assertEq(q.length, 3, "appended");
        assertEq(q[0], address(adapterB), "q0");
        assertEq(q[1], address(adapterA), "q1");
        assertEq(q[2], address(c), "q2");
        vault.removeSource(address(adapterB));
        q = withdrawQueueOf(vault);
        assertEq(q.length, 2, "removed");
        assertEq(q[0], address(adapterA), "q0 after removal");
        assertEq(q[1], address(c), "q1 after removal");
        // the old permutation is no longer valid
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownSource.selector, address(adapterB)));
        vault.setWithdrawQueue(_pair(address(adapterB), address(adapterA)));
        vm.stopPrank();
    }

    /// The queue is stored as indices into the sources (5 bits each): with every one of the 20 sources, a reordered
    /// queue survives removals anywhere (the indices above a removed source move down) and additions.
    function test_withdrawQueue_packedAtMaxSources() public {
        uint256 max = vault.MAX_SOURCES();
        vm.startPrank(governance);
        for (uint256 i = 2; i < max; ++i) {
            vault.addSource(address(new TestSource(address(vault), address(usdc))), type(uint256).max, BPS);
        }
        address[] memory sources = vault.getSources();
        assertEq(sources.length, max, "full");
        // reversed, then the first and last swapped
        address[] memory expected = new address[](max);
        for (uint256 i; i < max; ++i) {
            expected[i] = sources[max - 1 - i];
        }
        (expected[0], expected[max - 1]) = (expected[max - 1], expected[0]);
        vault.setWithdrawQueue(expected);
        _assertQueue(expected);
        // remove sources at the start, the middle and the end of the source list
        address[3] memory gone = [sources[0], sources[7], sources[max - 1]];
        for (uint256 g; g < 3; ++g) {
            vault.removeSource(gone[g]);
            address[] memory next = new address[](expected.length - 1);
            uint256 k;
            for (uint256 i; i < expected.length; ++i) {
                if (expected[i] != gone[g]) next[k++] = expected[i];
            }
            expected = next;
            _assertQueue(expected);
        }
        // an addition is appended
        address added = address(new TestSource(address(vault), address(usdc)));
        vault.addSource(added, type(uint256).max, BPS);
        address[] memory last = new address[](expected.length + 1);
        for (uint256 i; i < expected.length; ++i) {
            last[i] = expected[i];
        }
        last[expected.length] = added;
        _assertQueue(last);
        vm.stopPrank();
    }

    function _assertQueue(address[] memory expected) internal view {
        address[] memory q = withdrawQueueOf(vault);
        assertEq(q.length, expected.length, "queue length");
        for (uint256 i; i < q.length; ++i) {
            assertEq(q[i], expected[i], "queue position");
        }
    }

    // ================================================================ removing a source (Info)

    /// A donation to an emptied source's adapter (aTokens supplied on its behalf) cannot block its removal: one unit
    /// is within the rounding tolerance (written off); more is withdrawn into idle, a gift to the holders.
    function test_removeSource_notBlockedByADonation() public {
        _deposit(alice, 1000e6);
        _rebalance(500e6, 400e6);
        _rebalance(0, 0);
        _donate(poolB, address(adapterB), 1);
        assertEq(sourceAssets(vault, address(adapterB)), 1, "one unit donated");
        vm.prank(governance);
        vault.removeSource(address(adapterB));
        assertEq(vault.isSource(address(adapterB)), false, "B removed");

        _donate(poolA, address(adapterA), 1000);
        vm.prank(governance);
        vault.removeSource(address(adapterA));
        assertEq(vault.isSource(address(adapterA)), false, "A removed");
        assertEq(vault.idle(), 1000e6 + 1000, "the donation went to idle");
    }

    function _donate(AaveMarket memory pool, address to, uint256 amount) internal {
        usdc.mint(address(0xD0), amount);
        vm.startPrank(address(0xD0));
        usdc.approve(address(pool.pool), amount);
        pool.pool.supply(address(usdc), amount, to, 0);
        vm.stopPrank();
    }

    /// A full exit from a liquidity-limited ERC-4626 target whose maxRedeem rounds one share down leaves a unit of
    /// dust: it is within the rounding tolerance, so it does not block the removal (it is written off).
    function test_removeSource_afterAFullExitLeavingDust() public {
        Mock4626 target = new Mock4626(usdc, "Mock 4626", "m4");
        ERC4626Adapter e = new ERC4626Adapter(address(vault), address(target));
        vm.prank(governance);
        vault.addSource(address(e), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[2] = 900e6;
        _rebalance(t);
        usdc.mint(address(this), 300e6);
        usdc.approve(address(target), 300e6);
        target.simulateYield(300e6); // share price 1.333: maxRedeem rounds down
        target.setLiquidity(e.totalAssets());
        t[2] = 0;
        _rebalance(t); // the full exit redeems all but one share
        assertEq(target.balanceOf(address(e)), 1, "one share of dust");
        assertEq(e.totalAssets(), 1, "worth a unit");
        vm.prank(governance);
        vault.removeSource(address(e));
        assertEq(vault.isSource(address(e)), false, "removed");
    }

    /// A source holding more than the tolerance that cannot pay it out is not removed (forceRemoveSource writes
    /// off); nor is one whose exit would lose more than the tolerance.
    function test_removeSource_refusesToLoseMoreThanRounding() public {
        TestSource ts = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(ts), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[2] = 500e6;
        _rebalance(t);
        ts.setReenter(address(vault), abi.encodeCall(vault.accrueFee, ())); // its withdraw reverts
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceNotEmpty.selector, address(ts), 500e6));
        vault.removeSource(address(ts));
        ts.setReenter(address(0), "");
        ts.setWithdrawFeeBps(1); // loses 0.01%: 50,000 units
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceNotEmpty.selector, address(ts), 0.05e6));
        vault.removeSource(address(ts));
        assertEq(vault.isSource(address(ts)), true, "still a source");
    }

    // ================================================================ exact max withdraw / redeem

    /// Each owner can withdraw its assets within the liquidity, less the rounding allowance of every source its
    /// withdrawal pulls from (the withdrawer bears the protocol's rounding); the max is exact.
    function test_maxWithdraw_exactAcrossSources() public {
        uint256 r = vault.ROUNDING_TOLERANCE_PER_SOURCE();
        _deposit(alice, 600e6);
        _deposit(bob, 400e6);
        _rebalance(500e6, 400e6);
        _borrow(poolB, 300e6); // B: 100 free of 400
        assertEq(vault.availableLiquidity(), 100e6 + 500e6 + 100e6, "idle + A + free B");
        assertEq(vault.maxWithdraw(alice), 600e6 - r, "alice capped by her assets, less A's allowance");
        assertEq(vault.maxWithdraw(bob), 400e6 - r, "bob capped by his assets, less A's allowance");
        assertEq(vault.previewWithdraw(600e6 - r), vault.balanceOf(alice), "all of alice's shares");
        vm.prank(alice);
        vault.withdraw(600e6 - r, alice, alice);
        uint256 liquidity = vault.availableLiquidity(); // what A kept, B's free 100
        assertApproxEqAbs(liquidity, 100e6 + r, 1, "A kept the allowance");
        assertEq(vault.maxWithdraw(bob), liquidity, "bob now capped by liquidity (he pays the allowances in shares)");
        uint256 shares = vault.maxRedeem(bob);
        assertEq(vault.previewRedeem(shares), liquidity - 2 * r, "maxRedeem: the liquidity, less the allowances");
        vm.prank(bob);
        vault.redeem(shares, bob, bob);
        assertEq(usdc.balanceOf(bob), liquidity - 2 * r, "bob got the free liquidity less the allowances");
        assertLe(vault.maxWithdraw(bob), 2 * r, "nothing free left but the allowances");
    }

    /// Two sources on the same pool share its free liquidity: planned from the views, the second may be asked for
    /// more than the first's withdrawal left it; it then pays what it has now instead of being skipped.
    function test_withdraw_sourcesSharingLiquidity() public {
        AaveV3Adapter c = new AaveV3Adapter(address(vault), address(poolA.pool), address(usdc));
        vm.prank(governance);
        vault.addSource(address(c), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[0] = 100e6;
        t[1] = 400e6;
        t[2] = 400e6;
        _rebalance(t); // idle 100, A 100 and C 400 on pool A, B 400 on pool B
        _borrow(poolA, 200e6); // pool A: 300 free, which A (100) and C (300) both report
        _borrow(poolB, 350e6); // pool B: 50 free
        address[] memory q = new address[](3);
        q[0] = address(adapterA);
        q[1] = address(c);
        q[2] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
        vm.prank(alice);
        vault.withdraw(450e6, alice, alice); // idle 100, A 100, C planned 250 but has 200, B 50
        assertEq(usdc.balanceOf(alice), 450e6, "paid");
        assertEq(_availableLiquidity(poolA), 0, "pool A drained");
        assertEq(_availableLiquidity(poolB), 0, "pool B drained");
    }

    /// A source that returns less than it reports makes the withdrawal revert instead of underpaying.
    function test_withdraw_revertsInsufficientLiquidity() public {
        TestSource lossy = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(lossy), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[2] = 900e6;
        _rebalance(t);
        lossy.setWithdrawFeeBps(100);
        vm.prank(alice);
        // idle 100 + 495 received for the 495 asked... (500 asked - 1% fee) = 595 < 600
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientLiquidity.selector, 600e6, 595e6));
        vault.withdraw(600e6, alice, alice);
    }

    // ================================================================ reentrancy

    function test_reentrancy_duringRebalance() public {
        TestSource evil = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(evil), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        evil.setReenter(address(vault), abi.encodeCall(IERC4626.withdraw, (1, address(evil), address(evil))));
        uint256[] memory t = new uint256[](3);
        t[2] = 100e6;
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        _rebalance(t);
        evil.setReenter(address(vault), abi.encodeCall(IERC4626.deposit, (1, address(evil))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        _rebalance(t);
    }

    function test_reentrancy_duringWithdraw() public {
        TestSource evil = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(evil), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[2] = 900e6;
        _rebalance(t);
        evil.setReenter(address(vault), abi.encodeCall(IERC4626.redeem, (1, address(evil), address(evil))));
        // the re-entrant call reverts inside the source's withdraw; the vault skips a source whose withdraw fails,
        // so, lacking the liquidity, the withdrawal reverts as a whole
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientLiquidity.selector, 500e6, 100e6));
        vault.withdraw(500e6, alice, alice);
        assertEq(sourceAssets(vault, address(evil)), 900e6, "nothing left the source");
        // and a rebalance cannot be entered from a withdrawal either
        evil.setReenter(address(vault), abi.encodeWithSelector(vault.rebalance.selector, new uint256[](3), _receipt()));
        vm.prank(alice);
        vm.expectRevert();
        vault.withdraw(500e6, alice, alice);
        evil.setReenter(address(0), "");
        vm.prank(alice);
        vault.withdraw(500e6, alice, alice);
    }

    // ================================================================ views during source calls (L-3)

    /// While a withdrawal pulls from a source, anyone pricing the share reads the price from before it: the vault's
    /// totalAssets, totalSupply and convertToAssets do not move (shares are burned only after the sources paid).
    function test_viewsDuringSourceCallsShowThePriceBefore() public {
        TestSource probe = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(probe), type(uint256).max, BPS);
        _deposit(alice, 600e6);
        _deposit(bob, 400e6);
        uint256[] memory t = new uint256[](3);
        t[0] = 300e6;
        t[2] = 600e6;
        _rebalance(t); // idle 100, A 300, probe 600
        address[] memory q = new address[](3);
        q[0] = address(probe);
        q[1] = address(adapterA);
        q[2] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
        probe.setProbe(true);
        uint256 price = vault.convertToAssets(1e18);
        uint256 total = vault.totalAssets();
        uint256 supply = vault.totalSupply();

        vm.prank(alice);
        vault.withdraw(500e6, alice, alice); // idle 100, then 400 from the probe
        assertApproxEqAbs(probe.seenPrice(), price, 1, "price seen during the source call");
        assertApproxEqAbs(probe.seenTotalAssets(), total, 1, "totalAssets seen during the source call");
        assertEq(probe.seenTotalSupply(), supply, "totalSupply seen during the source call");
        assertEq(usdc.balanceOf(alice), 500e6, "paid");
    }

    /// PulledFromSource reports what the vault received from the source, not what it asked for.
    function test_pulledFromSource_reportsWhatWasReceived() public {
        TestSource lossy = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(lossy), type(uint256).max, BPS);
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[0] = 400e6;
        t[2] = 500e6;
        _rebalance(t); // idle 100, A 400, lossy 500
        address[] memory q = new address[](3);
        q[0] = address(lossy);
        q[1] = address(adapterA);
        q[2] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
        lossy.setWithdrawFeeBps(100); // keeps 1%
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(lossy), 198e6); // asked 200, received 198
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(adapterA), 2e6);
        vm.prank(alice);
        vault.withdraw(300e6, alice, alice);
    }

    // ================================================================ direct payment (idle 0, receiver without code)

    /// With nothing idle and a receiver without code, the sources pay the receiver directly; while the second one
    /// runs, what the first paid counts as idle, and once it has paid the receiver within its call, what it paid
    /// too: the views show the price before the withdrawal at every point (L-3).
    function test_directPayment_viewsDuringSourceCallsShowThePriceBefore() public {
        TestSource probe = _sourceWithNothingIdle(); // A 400, probe 600, idle 0
        probe.setProbe(true);
        uint256 price = vault.convertToAssets(1e18);
        uint256 total = vault.totalAssets();
        uint256 supply = vault.totalSupply();

        vm.prank(alice);
        vault.withdraw(700e6, alice, alice); // 400 from A to alice, then 300 from the probe
        assertApproxEqAbs(probe.seenPrice(), price, 1, "price seen during the second source call");
        assertApproxEqAbs(probe.seenTotalAssets(), total, 1, "totalAssets seen during the second source call");
        assertEq(probe.seenTotalSupply(), supply, "totalSupply seen during the second source call");
        assertApproxEqAbs(probe.seenPaidPrice(), price, 1, "price seen in the second source call, after it paid");
        assertApproxEqAbs(probe.seenPaidTotalAssets(), total, 1, "totalAssets seen in the second source call, after it paid");
        assertEq(usdc.balanceOf(alice), 700e6, "paid");
        assertEq(vault.idle(), 0, "nothing in flight afterwards");
        assertApproxEqAbs(vault.totalAssets(), total - 700e6, 2, "the rest stays in the sources");
    }

    /// Paying directly, the vault counts what reached the receiver, not what a source was asked for: a source that
    /// keeps a fee delivers less, and the next source makes up the difference.
    function test_directPayment_countsWhatArrived() public {
        TestSource lossy = _sourceWithNothingIdle(); // A 400, lossy 600, idle 0
        lossy.setWithdrawFeeBps(100); // keeps 1%
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(adapterA), 400e6);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(lossy), 198e6); // asked 200, received 198
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InsufficientLiquidity.selector, 600e6, 598e6));
        vault.withdraw(600e6, alice, alice); // the last source in the queue is empty
        lossy.setWithdrawFeeBps(0);
        vm.prank(alice);
        vault.withdraw(600e6, alice, alice);
        assertEq(usdc.balanceOf(alice), 600e6, "paid in full");
    }

    /// A receiver with code is paid by the vault after the sources paid the vault, as with idle.
    function test_directPayment_notToAContract() public {
        _sourceWithNothingIdle();
        address receiver = address(adapterB); // any contract
        uint256 before = usdc.balanceOf(receiver);
        vm.prank(alice);
        vault.withdraw(700e6, receiver, alice);
        assertEq(usdc.balanceOf(receiver) - before, 700e6, "paid");
        assertEq(vault.idle(), 0, "nothing left idle");
    }

    // ================================================================ whole positions (type(uint256).max)

    /// A withdrawal that takes all of a source whose position() reports all of it liquid asks it for
    /// type(uint256).max (the whole position, which it pays without reading it again); one that takes part of it asks
    /// for the amount.
    function test_wholeLiquidPosition_askedForAll() public {
        TestSource ts = _sourceWithNothingIdle(); // A 400, ts 600, idle 0
        vm.prank(alice);
        vault.withdraw(300e6, alice, alice); // 300 of A
        assertEq(usdc.balanceOf(alice), 300e6, "paid");
        address[] memory q = new address[](3);
        q[0] = address(ts);
        q[1] = address(adapterA);
        q[2] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.PulledFromSource(address(ts), 600e6);
        vm.prank(alice);
        vault.withdraw(650e6, alice, alice); // all of ts, 50 of A
        assertEq(ts.lastAsked(), type(uint256).max, "all of a liquid position: the whole position");
        assertEq(ts.totalAssets(), 0, "emptied");
        assertEq(usdc.balanceOf(alice), 950e6, "paid");
        assertApproxEqAbs(adapterA.totalAssets(), 50e6, 2, "the rest of A stays");
    }

    /// Taking part of a source's position asks it for the amount.
    function test_partOfAPosition_askedForTheAmount() public {
        TestSource ts = _sourceWithNothingIdle(); // A 400, ts 600, idle 0
        vm.prank(alice);
        vault.withdraw(700e6, alice, alice); // all of A, 300 of ts
        assertEq(ts.lastAsked(), 300e6, "part of a position: the amount");
        assertEq(usdc.balanceOf(alice), 700e6, "paid");
        assertEq(ts.totalAssets(), 300e6, "the rest stays");
    }

    /// A source that can pay only part of what it holds is never asked for its whole position, even for all it can
    /// pay.
    function test_partlyLiquidPosition_askedForTheAmount() public {
        TestSource ts = _sourceWithNothingIdle(); // A 400, ts 600, idle 0
        ts.setFakeMaxWithdraw(true, 300e6);
        vm.prank(alice);
        vault.withdraw(700e6, alice, alice); // all of A, all ts can pay
        assertEq(ts.lastAsked(), 300e6, "all it can pay, not its whole position");
        assertEq(usdc.balanceOf(alice), 700e6, "paid what was asked, not more");
        assertEq(ts.totalAssets(), 300e6, "the rest stays");
    }

    /// A maxWithdraw() read alone (redeem values the sources first) never asks for a whole position, even when the
    /// answer has the top bit set that marks a whole position in a plan: an absurd 2**255 + 100e6 reads 100e6 (the
    /// receiver would otherwise be paid the source's whole position of 500e6, above what it redeemed).
    function test_rawLiquidityNeverMeansWhole() public {
        TestSource ts = new TestSource(address(vault), address(usdc));
        vm.startPrank(governance);
        vault.addSource(address(ts), type(uint256).max, BPS);
        vault.setMinIdleBps(0);
        vm.stopPrank();
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        (t[0], t[1], t[2]) = (300e6, 200e6, 500e6); // A, B, ts
        _rebalance(t);
        address[] memory q = new address[](3);
        (q[0], q[1], q[2]) = (address(adapterA), address(ts), address(adapterB));
        vm.prank(governance);
        vault.setWithdrawQueue(q);
        ts.setFakeMaxWithdraw(true, (1 << 255) + 100e6);

        uint256 shares = vault.previewWithdraw(590e6); // all of A, 100 of ts, the rest from B
        vm.prank(alice);
        uint256 paid = vault.redeem(shares, alice, alice);
        assertEq(ts.lastAsked(), 100e6, "the amount, not the whole position");
        assertEq(usdc.balanceOf(alice), paid, "paid what it redeemed, not more");
        assertEq(ts.totalAssets(), 400e6, "the rest stays");
    }

    /// A vault with nothing idle: A 400 and a TestSource 600 (returned), in that withdraw-queue order, B empty.
    function _sourceWithNothingIdle() internal returns (TestSource source) {
        source = new TestSource(address(vault), address(usdc));
        vm.startPrank(governance);
        vault.addSource(address(source), type(uint256).max, BPS);
        vault.setMinIdleBps(0);
        vm.stopPrank();
        _deposit(alice, 1000e6);
        uint256[] memory t = new uint256[](3);
        t[0] = 400e6;
        t[2] = 600e6;
        _rebalance(t);
        address[] memory q = new address[](3);
        q[0] = address(adapterA);
        q[1] = address(source);
        q[2] = address(adapterB);
        vm.prank(governance);
        vault.setWithdrawQueue(q);
        assertEq(vault.idle(), 0, "nothing idle");
    }

    // ================================================================ inflation attack

    /// The classic first-depositor attack (deposit 1 wei, donate, victim rounds to 0 shares) loses the attacker
    /// money thanks to the 6-decimal virtual offset, and the victim keeps (almost) everything.
    function test_inflationAttack_doesNotProfit() public {
        (uint256 victimShares, uint256 attackerOut) = _inflationAttack(10_000e6, 1000e6);
        assertGt(victimShares, 0, "victim still gets shares");
        assertLt(attackerOut, 5001e6, "attacker loses about half its donation");
    }

    function testFuzz_inflationAttack_doesNotProfit(uint256 donation, uint256 victimDeposit) public {
        donation = bound(donation, 1, 1e15);
        victimDeposit = bound(victimDeposit, 1, 1e15);
        _inflationAttack(donation, victimDeposit);
    }

    function _inflationAttack(uint256 donation, uint256 victimDeposit)
        internal
        returns (uint256 victimShares, uint256 attackerOut)
    {
        address attacker = address(0xBAD);
        uint256 attackerShares = _deposit(attacker, 1);
        assertEq(attackerShares, 1e6, "1 wei buys 1e6 shares");
        usdc.mint(attacker, donation);
        vm.prank(attacker);
        assertTrue(usdc.transfer(address(vault), donation), "donation"); // inflates the share price
        uint256 spent = 1 + donation;

        victimShares = _deposit(alice, victimDeposit);

        vm.prank(attacker);
        attackerOut = vault.redeem(attackerShares, attacker, attacker);
        assertLe(attackerOut, spent, "attacker never profits");

        vm.prank(alice);
        uint256 victimOut = vault.redeem(victimShares, alice, alice);
        // the victim loses at most what one share is worth after the donation, rounded up
        uint256 maxVictimLoss = donation / 1e6 + 1;
        assertGe(victimOut + maxVictimLoss, victimDeposit, "victim keeps its deposit (rounding aside)");
    }

    // ================================================================ fuzz

    /// Two depositors, an allocation, interest, partial withdrawals: each gets back at least what they put in
    /// (rounding aside) and the vault never pays more than it holds.
    function testFuzz_depositWithdraw(uint256 da, uint256 db, uint256 sa, uint256 sb, uint256 wa, uint256 dt) public {
        da = bound(da, 1, 1e15);
        db = bound(db, 1, 1e15);
        _supply(poolA, borrower, 1e12);
        _borrow(poolA, 6e11);
        uint256 sharesA = _deposit(alice, da);
        _deposit(bob, db);
        uint256 total = da + db;
        uint256 maxInvest = total - (total * MIN_IDLE_BPS + BPS - 1) / BPS;
        uint256 a = bound(sa, 0, maxInvest);
        uint256 b = bound(sb, 0, maxInvest - a);
        _rebalance(a, b);
        vm.warp(block.timestamp + bound(dt, 0, 365 days));

        // alice withdraws part as assets, then redeems the rest
        uint256 part = bound(wa, 0, vault.maxWithdraw(alice));
        vm.prank(alice);
        uint256 burned = vault.withdraw(part, alice, alice);
        assertLe(burned, sharesA, "burned at most her shares");
        uint256 rest = vault.balanceOf(alice);
        vm.prank(alice);
        vault.redeem(rest, alice, alice);
        // rounding: the conversions' and the allowance of each source pulled from (two exits, two sources each)
        assertGe(usdc.balanceOf(alice) + 2 + 4 * ROUNDING, da, "alice >= deposit - rounding");

        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.redeem(bobShares, bob, bob);
        assertGe(usdc.balanceOf(bob) + 2 + 2 * ROUNDING, db, "bob >= deposit - rounding");
        assertEq(vault.totalSupply(), 0, "all shares burnt");
    }

    /// maxWithdraw is exact: withdrawing it succeeds and one more wei reverts (for a single depositor it is
    /// capped by liquidity once a pool is utilised).
    function testFuzz_maxWithdrawExact(uint256 amount, uint256 borrowBps) public {
        amount = bound(amount, 10, 1e15);
        _deposit(alice, amount);
        uint256 invest = amount - (amount * MIN_IDLE_BPS + BPS - 1) / BPS;
        _rebalance(invest, 0);
        uint256 borrowed = (invest * bound(borrowBps, 0, BPS)) / BPS;
        if (borrowed != 0) _borrow(poolA, borrowed);
        uint256 max = vault.maxWithdraw(alice);
        // what idle lacks comes from A (if it has free liquidity), whose rounding allowance alice bears
        uint256 allowance = invest > borrowed ? vault.ROUNDING_TOLERANCE_PER_SOURCE() : 0;
        assertEq(max, Math.min(amount - borrowed, amount - allowance), "idle + free liquidity, less the allowance");
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                bytes4(keccak256("ERC4626ExceededMaxWithdraw(address,uint256,uint256)")), alice, max + 1, max
            )
        );
        vault.withdraw(max + 1, alice, alice);
        vm.prank(alice);
        vault.withdraw(max, alice, alice);
        assertEq(usdc.balanceOf(alice), max, "paid");
    }

    function _pair(address x, address y) internal pure returns (address[] memory q) {
        q = new address[](2);
        q[0] = x;
        q[1] = y;
    }
}
