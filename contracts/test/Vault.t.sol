// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {Vault} from "../src/Vault.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {LendingPool} from "../src/mocks/LendingPool.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

contract VaultTest is Fixture {
    function test_setup() public view {
        assertEq(vault.governance(), governance, "governance");
        assertEq(vault.keeper(), keeper, "keeper");
        assertEq(vault.minIdleBps(), MIN_IDLE_BPS, "minIdle");
        assertEq(vault.sourcesLength(), 2, "sources");
        assertEq(vault.sourceAt(1), address(adapterB), "sourceAt");
        address[] memory s = vault.getSources();
        assertEq(s[0], address(adapterA), "getSources");
        assertEq(vault.decimals(), 12, "decimals = 6 + offset 6");
    }

    function test_depositRedeemIdle() public {
        uint256 shares = _deposit(alice, 1000e6);
        assertEq(shares, 1000e6 * 1e6, "shares with offset");
        assertEq(vault.totalAssets(), 1000e6, "total");
        assertEq(vault.idle(), 1000e6, "idle");
        vm.prank(alice);
        uint256 assets = vault.redeem(shares, alice, alice);
        assertEq(assets, 1000e6, "redeemed");
        assertEq(usdc.balanceOf(alice), 1000e6, "alice balance");
    }

    function test_rebalance() public {
        _deposit(alice, 1000e6);
        _rebalance(500e6, 400e6);
        assertEq(vault.idle(), 100e6, "idle");
        assertEq(vault.sourceAssets(address(adapterA)), 500e6, "A");
        assertEq(vault.sourceAssets(address(adapterB)), 400e6, "B");
        assertEq(vault.totalAssets(), 1000e6, "total");
        _rebalance(0, 900e6); // moves A -> B
        assertEq(vault.sourceAssets(address(adapterA)), 0, "A emptied");
        assertEq(vault.sourceAssets(address(adapterB)), 900e6, "B");
        assertEq(vault.idle(), 100e6, "idle after");
        assertEq(usdc.allowance(address(vault), address(adapterB)), 0, "exact approval consumed");
    }

    function test_rebalance_revertsNonKeeper() public {
        uint256[] memory t = new uint256[](2);
        vm.prank(alice);
        vm.expectRevert(ErrorsLib.NotKeeper.selector);
        vault.rebalance(t);
    }

    function test_rebalance_revertsWrongLength() public {
        uint256[] memory t = new uint256[](3);
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidTargetsLength.selector, 3, 2));
        vault.rebalance(t);
    }

    function test_rebalance_revertsCapExceeded() public {
        _deposit(alice, 1000e6);
        vm.prank(governance);
        vault.setCap(address(adapterA), 300e6);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.CapExceeded.selector, address(adapterA), 500e6, 300e6));
        _rebalance(500e6, 0);
    }

    function test_rebalance_revertsMinIdle() public {
        _deposit(alice, 1000e6);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MinIdleViolated.selector, 50e6, 100e6));
        _rebalance(500e6, 450e6);
    }

    function test_withdrawPullsFromSources() public {
        _deposit(alice, 1000e6);
        _rebalance(500e6, 400e6);
        vm.prank(alice);
        vault.withdraw(700e6, alice, alice);
        assertEq(usdc.balanceOf(alice), 700e6, "alice received");
        assertEq(vault.idle(), 0, "idle used first");
        assertEq(vault.sourceAssets(address(adapterA)), 0, "A drained next");
        assertEq(vault.sourceAssets(address(adapterB)), 300e6, "B only what was missing");
        assertEq(vault.totalAssets(), 300e6, "total");
    }

    function test_maxWithdrawFullyUtilisedPool() public {
        _deposit(alice, 1000e6);
        _rebalance(900e6, 0);
        _borrow(poolA, 900e6); // pool A fully utilised
        assertEq(adapterA.maxWithdraw(), 0, "adapter maxWithdraw");
        assertEq(vault.maxWithdraw(alice), 100e6, "only idle");
        uint256 maxShares = vault.maxRedeem(alice);
        assertLe(vault.previewRedeem(maxShares), 100e6, "maxRedeem consistent");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC4626.ERC4626ExceededMaxWithdraw.selector, alice, 200e6, 100e6));
        vault.withdraw(200e6, alice, alice);
        vm.prank(alice);
        vault.redeem(maxShares, alice, alice);
        assertApproxEqAbs(usdc.balanceOf(alice), 100e6, 1, "got idle");
        // repaying frees liquidity again
        _repayAll(poolA);
        assertGt(vault.maxWithdraw(alice), 899e6, "liquidity back");
    }

    function test_interestAccruesToDepositors() public {
        _deposit(alice, 1000e6);
        _rebalance(900e6, 0);
        _borrow(poolA, 450e6); // U = 0.5: borrow 2.5%, supply 1.125%
        assertEq(adapterA.supplyRate(), 0.01125e27, "adapter supply rate");
        vm.warp(block.timestamp + 365 days);
        assertEq(vault.sourceAssets(address(adapterA)), 910.125e6, "900 * 1.01125");
        assertEq(vault.totalAssets(), 1010.125e6, "total");
        _repayAll(poolA);
        uint256 shares = vault.balanceOf(alice);
        vm.prank(alice);
        uint256 out = vault.redeem(shares, alice, alice);
        assertApproxEqAbs(out, 1010.125e6, 1, "alice earns the interest");
    }

    function test_governanceSetters() public {
        vm.startPrank(governance);
        vault.setKeeper(bob);
        vault.setMinIdleBps(2500);
        vault.setCap(address(adapterA), 5e6);
        vault.setGovernance(alice);
        vm.stopPrank();
        assertEq(vault.keeper(), bob, "keeper");
        assertEq(vault.minIdleBps(), 2500, "minIdle");
        assertEq(vault.caps(address(adapterA)), 5e6, "cap");
        assertEq(vault.governance(), alice, "governance");
        vm.prank(governance);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.setKeeper(governance);
    }

    function test_governanceOnly() public {
        vm.startPrank(keeper);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.addSource(address(adapterA), 1);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.setCap(address(adapterA), 1);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.setKeeper(keeper);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.setMinIdleBps(1);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.setGovernance(keeper);
        vm.stopPrank();
    }

    function test_governanceValidation() public {
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.InvalidBps.selector, 10001));
        vault.setMinIdleBps(10001);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceAlreadyAdded.selector, address(adapterA)));
        vault.addSource(address(adapterA), 1);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownSource.selector, address(0x1)));
        vault.setCap(address(0x1), 1);
        AaveV3Adapter foreign = new AaveV3Adapter(address(0xDEAD), address(poolA), address(usdc));
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.SourceMismatch.selector, address(foreign)));
        vault.addSource(address(foreign), 1);
        for (uint256 i = 2; i < 20; ++i) {
            vault.addSource(address(new AaveV3Adapter(address(vault), address(poolA), address(usdc))), 0);
        }
        address extra = address(new AaveV3Adapter(address(vault), address(poolA), address(usdc)));
        vm.expectRevert(ErrorsLib.MaxSourcesExceeded.selector);
        vault.addSource(extra, 0);
        vm.stopPrank();
    }

    function test_adapterOnlyVault() public {
        vm.expectRevert(ErrorsLib.NotVault.selector);
        adapterA.deposit(1);
        vm.expectRevert(ErrorsLib.NotVault.selector);
        adapterA.withdraw(1, alice);
    }

    /// Fuzz: deposit -> rebalance -> redeem never loses more than rounding.
    function testFuzz_depositRebalanceRedeem(uint256 amount, uint256 splitBps, uint256 otherBps, uint256 dt) public {
        amount = bound(amount, 1, 1e15);
        uint256 maxInvest = amount - (amount * MIN_IDLE_BPS + 9999) / 10000;
        uint256 a = (maxInvest * bound(splitBps, 0, 10000)) / 10000;
        uint256 b = ((maxInvest - a) * bound(otherBps, 0, 10000)) / 10000;
        _supply(poolB, bob, 1e12);
        _borrow(poolB, 5e11); // pool B earns interest
        uint256 shares = _deposit(alice, amount);
        _rebalance(a, b);
        vm.warp(block.timestamp + bound(dt, 0, 30 days));
        vm.prank(alice);
        uint256 out = vault.redeem(shares, alice, alice);
        assertGe(out + 2, amount, "redeem >= deposit - rounding");
    }
}
