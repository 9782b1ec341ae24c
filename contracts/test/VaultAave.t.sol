// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice The Vault over an AaveV3Adapter on a third real Aave v3 market (utils/AaveV3Setup.sol, beside the
/// fixture's poolA and poolB, two real Aave v3 markets too): deposits, rebalances into and out of the market with the
/// adapter's quote checked against the pool's rate after the move, interest, withdrawals bounded by the market's
/// liquidity, and a paused reserve skipped.
contract VaultAaveTest is Fixture {
    AaveV3Adapter internal adapterR;

    function setUp() public override {
        super.setUp();
        _setUpAave(address(usdc), _stableCurve(RESERVE_FACTOR_BPS));
        adapterR = new AaveV3Adapter(address(vault), address(aavePool), address(usdc));
        vm.prank(governance);
        vault.addSource(address(adapterR), type(uint128).max, BPS);
    }

    function _targets3(uint256 a, uint256 b, uint256 r) internal pure returns (uint256[] memory t) {
        t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = r;
    }

    function _aaveRate() internal view returns (uint256) {
        return aavePool.getReserveData(address(usdc)).currentLiquidityRate;
    }

    /// @dev Someone else supplies `amount` to the real market.
    function _aaveSupply(uint256 amount) internal {
        _aaveSupply(aaveMarket, address(usdc), address(0x5001), amount);
    }

    function test_depositRebalanceWithdraw() public {
        _deposit(alice, 1000e6);
        uint256 quoteIn = adapterR.supplyRateAfter(600e6, 0);
        _rebalance(_targets3(200e6, 0, 600e6));
        assertEq(sourceAssets(vault, address(adapterR)), 600e6, "in Aave");
        assertEq(adapterR.A_TOKEN().balanceOf(address(adapterR)), 600e6, "the aToken books the adapter's supply");
        assertEq(quoteIn, _aaveRate(), "quoted rate after moving in (0: no debt yet)");
        assertEq(vault.totalAssets(), 1000e6, "nothing lost");

        // others supply and borrow: interest accrues to the vault's position
        _aaveSupply(400e6);
        _aaveBorrow(address(usdc), 500e6);
        vm.warp(block.timestamp + 30 days);
        uint256 inAave = adapterR.totalAssets();
        assertGt(inAave, 600e6, "interest");
        assertEq(sourceAssets(vault, address(adapterR)), inAave, "the vault values the position as Aave does");
        assertEq(vault.totalAssets(), 200e6 + 200e6 + inAave, "idle + A + Aave");

        // move out of Aave partly: the adapter's quote is the pool's rate after the move, to the wei
        uint256 quote = adapterR.supplyRateAfter(0, inAave - 300e6);
        _rebalance(_targets3(500e6, 0, 300e6));
        assertEq(quote, _aaveRate(), "quoted rate after the rebalance");
        assertEq(sourceAssets(vault, address(adapterR)), 300e6, "300 left in Aave");

        // alice takes what is liquid: idle, source A, and Aave's free liquidity, which is short of the position
        uint256 freeR = adapterR.maxWithdraw();
        assertLt(freeR, adapterR.totalAssets(), "Aave's liquidity binds");
        uint256 max = vault.maxWithdraw(alice);
        assertEq(vault.availableLiquidity(), vault.idle() + 500e6 + freeR, "idle + A + Aave's free liquidity");
        assertEq(max, vault.availableLiquidity(), "the liquidity binds");
        vm.prank(alice);
        vault.withdraw(max, alice, alice);
        assertEq(usdc.balanceOf(alice), max, "paid");

        // more supply arrives: the rest of alice's value comes out of Aave, emptying the position
        _aaveSupply(1000e6);
        uint256 shares = vault.balanceOf(alice);
        assertEq(vault.maxRedeem(alice), shares, "all of it is liquid now");
        uint256 rest = vault.previewRedeem(shares);
        vm.prank(alice);
        assertEq(vault.redeem(shares, alice, alice), rest, "the rest paid");
        assertEq(vault.totalSupply(), 0, "alice was the only holder");
        assertLe(vault.totalAssets(), 10, "only rounding dust stays in the vault");
    }

    /// When borrowers hold most of the market, the vault's maxWithdraw counts only Aave's free liquidity; it can be
    /// withdrawn, one unit more reverts (whether the liquidity or alice's shares bind).
    function testFuzz_withdrawBoundedByAaveLiquidity(uint256 borrowed, uint256 elapsed) public {
        _deposit(alice, 1000e6);
        _rebalance(_targets3(0, 0, 900e6));
        borrowed = bound(borrowed, 0, 900e6);
        _aaveBorrow(address(usdc), borrowed);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
        uint256 max = vault.maxWithdraw(alice);
        assertEq(vault.availableLiquidity(), 100e6 + adapterR.maxWithdraw(), "idle + Aave's free liquidity");
        assertLe(max, vault.availableLiquidity(), "within the liquidity");
        vm.prank(alice);
        vm.expectRevert();
        vault.withdraw(max + 1, alice, alice);
        vm.prank(alice);
        vault.withdraw(max, alice, alice);
        assertEq(usdc.balanceOf(alice), max, "paid");
    }

    /// A paused Aave reserve: the adapter reports nothing withdrawable, so the vault's withdrawals skip it and are
    /// served by the other sources; the position is still valued.
    function test_pausedReserveSkipped() public {
        _deposit(alice, 1000e6);
        _rebalance(_targets3(300e6, 0, 600e6));
        vm.prank(aaveAdmin);
        aaveConfigurator.setReservePause(address(usdc), true);
        assertEq(adapterR.maxWithdraw(), 0, "paused");
        assertEq(vault.totalAssets(), 1000e6, "still valued");
        assertEq(vault.availableLiquidity(), 100e6 + 300e6, "idle + A");
        vm.prank(alice);
        vault.withdraw(350e6, alice, alice);
        assertEq(usdc.balanceOf(alice), 350e6, "paid from idle and source A");
        assertEq(adapterR.totalAssets(), 600e6, "Aave position untouched");
    }
}
