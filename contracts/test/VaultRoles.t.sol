// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";
import {DecisionReceipt} from "../src/libraries/VaultTypes.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice Guardian (pause, lower caps), keeper (rebalance, heartbeat) and pause semantics.
contract VaultRolesTest is Fixture {
    // ================================================================ pause

    function test_pause_onlyGuardian() public {
        address[3] memory wrong = [governance, keeper, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.prank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGuardian.selector);
            vault.pause();
        }
        vm.prank(guardian);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.Paused(guardian);
        vault.pause();
        assertEq(vault.paused(), true, "paused");
        vm.prank(guardian);
        vm.expectRevert(ErrorsLib.VaultPaused.selector);
        vault.pause();
    }

    function test_unpause_guardianOrGovernance() public {
        vm.prank(guardian);
        vm.expectRevert(ErrorsLib.VaultNotPaused.selector);
        vault.unpause();

        vm.prank(guardian);
        vault.pause();
        address[2] memory wrong = [keeper, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.prank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGuardianOrGovernance.selector);
            vault.unpause();
        }
        vm.prank(guardian);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.Unpaused(guardian);
        vault.unpause();
        assertEq(vault.paused(), false, "unpaused by guardian");

        vm.prank(guardian);
        vault.pause();
        vm.prank(governance);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.Unpaused(governance);
        vault.unpause();
        assertEq(vault.paused(), false, "unpaused by governance");
    }

    function test_pause_blocksDepositsMintsRebalances() public {
        _deposit(alice, 1000e6);
        vm.prank(guardian);
        vault.pause();
        assertEq(vault.maxDeposit(alice), 0, "maxDeposit 0 while paused");
        assertEq(vault.maxMint(alice), 0, "maxMint 0 while paused");

        usdc.mint(bob, 100e6);
        vm.startPrank(bob);
        usdc.approve(address(vault), 100e6);
        vm.expectRevert(ErrorsLib.VaultPaused.selector);
        vault.deposit(100e6, bob);
        vm.expectRevert(ErrorsLib.VaultPaused.selector);
        vault.mint(1e6, bob);
        vm.stopPrank();

        vm.expectRevert(ErrorsLib.VaultPaused.selector);
        _rebalance(100e6, 0);

        vm.prank(governance);
        vault.unpause();
        assertEq(vault.maxDeposit(alice), type(uint256).max, "maxDeposit back");
        assertEq(vault.maxMint(alice), type(uint256).max, "maxMint back");
        vm.prank(bob);
        vault.deposit(100e6, bob);
        _rebalance(100e6, 0);
    }

    /// Withdrawals and redemptions are never pausable, including from sources.
    function test_pause_withdrawRedeemStillWork() public {
        uint256 shares = _deposit(alice, 1000e6);
        _deposit(bob, 1000e6);
        _rebalance(900e6, 900e6);
        vm.prank(guardian);
        vault.pause();

        uint256 r = vault.ROUNDING_TOLERANCE_PER_SOURCE();
        assertEq(vault.maxWithdraw(alice), 1000e6 - r, "maxWithdraw unaffected (less A's rounding allowance)");
        assertEq(vault.maxRedeem(alice), shares, "maxRedeem unaffected");
        vm.prank(alice);
        vault.withdraw(600e6, alice, alice); // 200 idle + 400 from A
        assertEq(usdc.balanceOf(alice), 600e6, "withdraw while paused");
        uint256 rest = vault.balanceOf(alice);
        vm.prank(alice);
        uint256 out = vault.redeem(rest, alice, alice);
        // alice bore A's rounding allowance on both exits
        assertApproxEqAbs(out, 400e6 - 2 * r, 1, "redeem while paused");
        assertEq(vault.totalAssets(), 1000e6 + 2 * r, "bob's assets remain (with the allowances alice left)");
    }

    // ================================================================ caps (guardian)

    function test_lowerCaps() public {
        vm.prank(governance);
        vault.setCaps(address(adapterA), 500e6, 5000);

        vm.prank(guardian);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetCaps(guardian, address(adapterA), 200e6, 2000);
        vault.lowerCaps(address(adapterA), 200e6, 2000);
        assertEq(vault.caps(address(adapterA)), 200e6, "absolute lowered");
        assertEq(vault.relativeCaps(address(adapterA)), 2000, "relative lowered");

        // unchanged values are fine
        vm.prank(guardian);
        vault.lowerCaps(address(adapterA), 200e6, 2000);
        // only one lowered
        vm.prank(guardian);
        vault.lowerCaps(address(adapterA), 200e6, 0);
        assertEq(vault.relativeCaps(address(adapterA)), 0, "relative to 0");
        assertEq(vault.caps(address(adapterA)), 200e6, "absolute kept");
    }

    function test_lowerCaps_cannotRaise() public {
        vm.prank(governance);
        vault.setCaps(address(adapterA), 500e6, 5000);
        vm.startPrank(guardian);
        vm.expectRevert(
            abi.encodeWithSelector(ErrorsLib.AbsoluteCapRaised.selector, address(adapterA), 500e6, 500e6 + 1)
        );
        vault.lowerCaps(address(adapterA), 500e6 + 1, 5000);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.RelativeCapRaised.selector, address(adapterA), 5000, 5001));
        vault.lowerCaps(address(adapterA), 100e6, 5001);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownSource.selector, address(0x1)));
        vault.lowerCaps(address(0x1), 0, 0);
        vm.stopPrank();
        assertEq(vault.caps(address(adapterA)), 500e6, "unchanged");
        assertEq(vault.relativeCaps(address(adapterA)), 5000, "unchanged");
    }

    function test_lowerCaps_onlyGuardian() public {
        address[3] memory wrong = [governance, keeper, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.prank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGuardian.selector);
            vault.lowerCaps(address(adapterA), 0, 0);
        }
    }

    /// A lowered cap forces the keeper to bring the source back under it at the next rebalance.
    function test_lowerCaps_bindsNextRebalance() public {
        _deposit(alice, 1000e6);
        _rebalance(800e6, 0);
        vm.prank(guardian);
        vault.lowerCaps(address(adapterA), 300e6, BPS);
        // above the lowered cap, A may not grow (it may stay, or shrink: see VaultLockout.t.sol)
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CapExceeded.selector, address(adapterA), 800e6 + 1, 300e6));
        _rebalance(800e6 + 1, 0);
        _rebalance(300e6, 500e6);
        assertEq(sourceAssets(vault, address(adapterA)), 300e6, "under the lowered cap");
    }

    // ================================================================ keeper

    function test_rebalance_onlyKeeper() public {
        address[3] memory wrong = [governance, guardian, alice];
        DecisionReceipt memory r = _receipt();
        uint256[] memory t = _targets(0, 0);
        for (uint256 i; i < wrong.length; ++i) {
            vm.prank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotKeeper.selector);
            vault.rebalance(t, r);
        }
    }

    function test_heartbeat() public {
        address[3] memory wrong = [governance, guardian, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.prank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotKeeper.selector);
            vault.heartbeat();
        }
        vm.warp(block.timestamp + 1 days);
        vm.prank(keeper);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.KeeperHeartbeat(keeper, block.timestamp);
        vault.heartbeat();
        assertEq(vault.lastKeeperActivity(), block.timestamp, "heartbeat recorded");
        assertEq(vault.lastRebalance(), 0, "heartbeat is not a rebalance");

        // allowed while paused
        vm.prank(guardian);
        vault.pause();
        vm.warp(block.timestamp + 1 hours);
        vm.prank(keeper);
        vault.heartbeat();
        assertEq(vault.lastKeeperActivity(), block.timestamp, "heartbeat while paused");
    }

    function test_rebalance_recordsActivity() public {
        _deposit(alice, 1000e6);
        vm.warp(block.timestamp + 3 hours);
        _rebalance(100e6, 100e6);
        assertEq(vault.lastRebalance(), block.timestamp, "lastRebalance");
        assertEq(vault.lastKeeperActivity(), block.timestamp, "lastKeeperActivity");
    }

    function test_setKeeper_movesRights() public {
        vm.prank(governance);
        vault.setKeeper(bob);
        vm.prank(keeper);
        vm.expectRevert(ErrorsLib.NotKeeper.selector);
        vault.heartbeat();
        vm.prank(bob);
        vault.heartbeat();
    }

    function test_setGuardian_movesRights() public {
        vm.prank(governance);
        vault.setGuardian(bob);
        vm.prank(guardian);
        vm.expectRevert(ErrorsLib.NotGuardian.selector);
        vault.pause();
        vm.prank(bob);
        vault.pause();
        assertEq(vault.paused(), true, "new guardian paused");
    }
}
