// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IMorpho} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";

import {Fixture} from "./utils/Fixture.sol";
import {MorphoSetup} from "./utils/MorphoSetup.sol";
import {MorphoBlueAdapter} from "../src/adapters/MorphoBlueAdapter.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice The Vault over a MorphoBlueAdapter on a real Morpho Blue market (beside the fixture's two Aave pools):
/// deposits, rebalances into and out of the market, interest, and withdrawals bounded by the market's liquidity.
contract VaultMorphoTest is Fixture, MorphoSetup {
    using MorphoBalancesLib for IMorpho;

    MorphoBlueAdapter internal adapterM;

    function setUp() public override {
        super.setUp();
        _setUpMorpho(address(usdc));
        adapterM = new MorphoBlueAdapter(address(vault), address(morpho), params);
        vm.prank(governance);
        vault.addSource(address(adapterM), type(uint128).max, BPS);
    }

    function _targets3(uint256 a, uint256 b, uint256 m) internal pure returns (uint256[] memory t) {
        t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = m;
    }

    function test_depositRebalanceWithdraw() public {
        _deposit(alice, 1000e6);
        _rebalance(_targets3(200e6, 0, 600e6));
        assertEq(sourceAssets(vault, address(adapterM)), 600e6, "in Morpho");
        assertEq(morpho.expectedSupplyAssets(params, address(adapterM)), 600e6, "Morpho books the adapter's supply");
        assertEq(vault.totalAssets(), 1000e6, "nothing lost");

        // others supply and borrow: 50% utilisation, interest accrues to the vault's position
        _morphoSupply(400e6);
        _morphoBorrow(500e6);
        vm.warp(block.timestamp + 30 days);
        uint256 inMorpho = adapterM.totalAssets();
        assertGt(inMorpho, 600e6, "interest");
        assertEq(sourceAssets(vault, address(adapterM)), inMorpho, "the vault values the position as Morpho does");
        assertEq(vault.totalAssets(), 200e6 + 200e6 + inMorpho, "idle + Aave + Morpho");

        // move out of Morpho partly: the adapter's quote is the market's rate after the move
        uint256 quote = adapterM.supplyRateAfter(0, inMorpho - 300e6);
        _rebalance(_targets3(500e6, 0, 300e6));
        assertEq(quote, _marketSupplyRate(), "quoted rate after the rebalance");
        assertEq(sourceAssets(vault, address(adapterM)), 300e6, "300 left in Morpho");

        // alice takes what is liquid: idle, Aave, and Morpho's free liquidity, which is short of the position
        uint256 freeM = adapterM.maxWithdraw();
        assertLt(freeM, adapterM.totalAssets(), "Morpho's liquidity binds");
        uint256 max = vault.maxWithdraw(alice);
        assertEq(vault.availableLiquidity(), vault.idle() + 500e6 + freeM, "idle + Aave + Morpho's free liquidity");
        assertEq(max, vault.availableLiquidity(), "the liquidity binds");
        vm.prank(alice);
        vault.withdraw(max, alice, alice);
        assertEq(usdc.balanceOf(alice), max, "paid");

        // the borrower repays: the rest of alice's value comes out of Morpho, emptying the position
        _morphoRepayAll();
        uint256 shares = vault.balanceOf(alice);
        assertEq(vault.maxRedeem(alice), shares, "all of it is liquid now");
        uint256 rest = vault.previewRedeem(shares);
        vm.prank(alice);
        assertEq(vault.redeem(shares, alice, alice), rest, "the rest paid");
        assertEq(vault.totalSupply(), 0, "alice was the only holder");
        assertLe(vault.totalAssets(), 10, "only rounding dust stays in the vault");
    }

    /// When borrowers hold most of the market, the vault's maxWithdraw counts only Morpho's free liquidity; it can
    /// be withdrawn, one unit more reverts (whether the liquidity or alice's shares bind).
    function testFuzz_withdrawBoundedByMorphoLiquidity(uint256 borrowed, uint256 elapsed) public {
        _deposit(alice, 1000e6);
        _rebalance(_targets3(0, 0, 900e6));
        borrowed = bound(borrowed, 0, 900e6);
        _morphoBorrow(borrowed);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
        uint256 max = vault.maxWithdraw(alice);
        assertEq(vault.availableLiquidity(), 100e6 + adapterM.maxWithdraw(), "idle + Morpho's free liquidity");
        assertLe(max, vault.availableLiquidity(), "within the liquidity");
        vm.prank(alice);
        vm.expectRevert();
        vault.withdraw(max + 1, alice, alice);
        vm.prank(alice);
        vault.withdraw(max, alice, alice);
        assertEq(usdc.balanceOf(alice), max, "paid");
    }
}
