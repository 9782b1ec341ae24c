// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice M-2: a position outside a cap or the idle floor, further out than the turnover limit lets one rebalance
/// fix, can always be worked down: a rebalance that reduces the violation passes, one that adds to it does not.
contract VaultLockoutTest is Fixture {
    function setUp() public override {
        super.setUp();
        _deposit(alice, 1000e6);
        _rebalance(600e6, 300e6); // idle 100 (the 10% floor)
        vm.prank(governance);
        vault.setMaxTurnoverBps(2000);
    }

    /// The guardian lowers A's relative cap from 100% to 30% under a 60% position with a 20% turnover limit: A
    /// 600 → 400 (B takes it) passes, then 400 → 300; growing A while above the cap still reverts.
    function test_loweredRelativeCap_isWorkedDownWithinTheTurnoverLimit() public {
        vm.prank(guardian);
        vault.lowerCaps(address(adapterA), type(uint128).max, 3000);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.TurnoverExceeded.selector, 300e6, 200e6));
        _rebalance(300e6, 600e6); // all at once: above the turnover limit
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.RelativeCapExceeded.selector, address(adapterA), 610e6, 300e6));
        _rebalance(610e6, 290e6); // adds to the violation
        _rebalance(400e6, 500e6); // reduces it by the turnover limit
        assertEq(sourceAssets(vault, address(adapterA)), 400e6, "A worked down");
        _rebalance(400e6, 490e6); // leaves A where it is above its cap: other moves stay possible
        _rebalance(300e6, 590e6);
        assertEq(sourceAssets(vault, address(adapterA)), 300e6, "A at its cap");
    }

    /// The same with the absolute cap.
    function test_loweredAbsoluteCap_isWorkedDownWithinTheTurnoverLimit() public {
        vm.prank(guardian);
        vault.lowerCaps(address(adapterA), 100e6, BPS);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CapExceeded.selector, address(adapterA), 600e6 + 1, 100e6));
        _rebalance(600e6 + 1, 300e6 - 1);
        _rebalance(400e6, 500e6);
        _rebalance(200e6, 700e6);
        _rebalance(100e6, 800e6);
        assertEq(sourceAssets(vault, address(adapterA)), 100e6, "A at its cap");
    }

    /// Withdrawals drain idle below its floor: a rebalance that refills it part of the way passes; one that leaves
    /// it where it is passes; one that lowers it further reverts.
    function test_drainedIdle_isRefilledWithinTheTurnoverLimit() public {
        vm.prank(alice);
        vault.withdraw(100e6, alice, alice); // idle 100 → 0, floor 90 of 900
        assertEq(vault.idle(), 0, "idle drained");
        vm.prank(governance);
        vault.setMaxTurnoverBps(300); // 27 of 900
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.TurnoverExceeded.selector, 90e6, 27e6));
        _rebalance(510e6, 300e6); // all 90 back at once
        _rebalance(573e6, 300e6); // 27 back: idle 27, still below 90
        assertEq(vault.idle(), 27e6, "idle partly refilled");
        _rebalance(563e6, 310e6); // idle unchanged: allowed
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MinIdleViolated.selector, 17e6, 90e6));
        _rebalance(573e6, 310e6); // idle lower: refused
    }
}
