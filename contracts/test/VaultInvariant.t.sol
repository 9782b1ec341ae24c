// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {InvariantBase} from "./utils/InvariantBase.sol";
import {VaultHandler} from "./utils/VaultHandler.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Handler-based invariants: random deposits, withdrawals, rebalances, cap changes and rate moves.
contract VaultInvariantTest is Fixture, InvariantBase {
    VaultHandler internal handler;

    function setUp() public override {
        super.setUp();
        // third-party liquidity so that the borrower can move rates without the vault
        _supply(poolA, address(0x5001), 1e12);
        _supply(poolB, address(0x5001), 1e12);
        vm.startPrank(governance);
        vault.setCaps(address(adapterA), 1e12, 6000);
        vault.setCaps(address(adapterB), 5e11, 8000);
        vm.stopPrank();

        handler = new VaultHandler(vault, usdc, poolA, poolB, keeper, governance);
        usdc.transferOwnership(address(handler));

        bytes4[] memory selectors = new bytes4[](8);
        selectors[0] = VaultHandler.deposit.selector;
        selectors[1] = VaultHandler.withdraw.selector;
        selectors[2] = VaultHandler.redeem.selector;
        selectors[3] = VaultHandler.rebalance.selector;
        selectors[4] = VaultHandler.setCaps.selector;
        selectors[5] = VaultHandler.borrow.selector;
        selectors[6] = VaultHandler.repay.selector;
        selectors[7] = VaultHandler.warp.selector;
        targetContract(address(handler));
        targetSelector(address(handler), selectors);
    }

    /// totalAssets is exactly the idle balance plus what every source holds.
    function invariant_totalAssetsIsIdlePlusSources() public view {
        uint256 sum = usdc.balanceOf(address(vault));
        address[] memory sources = vault.getSources();
        for (uint256 i; i < sources.length; ++i) {
            sum += vault.sourceAssets(sources[i]);
        }
        assertEq(vault.totalAssets(), sum, "totalAssets == idle + sources");
        assertEq(vault.idle(), usdc.balanceOf(address(vault)), "idle is the vault's balance");
    }

    /// Right after every successful rebalance, every source is within its absolute and relative caps.
    function invariant_sourcesWithinCapsAfterRebalance() public view {
        assertEq(handler.ghostCapBreaches(), 0, "cap breached after a rebalance");
    }

    /// Funds sit only in approved sources or idle: the sources are exactly the two approved adapters, the
    /// adapters keep nothing loose, the vault leaves no allowance behind, and every source's assets are backed
    /// by the pool's aTokens it holds.
    function invariant_fundsOnlyInApprovedSourcesOrIdle() public view {
        address[] memory sources = vault.getSources();
        assertEq(sources.length, 2, "two sources");
        assertEq(sources[0], address(adapterA), "A approved");
        assertEq(sources[1], address(adapterB), "B approved");
        assertEq(usdc.balanceOf(address(adapterA)), 0, "A keeps nothing loose");
        assertEq(usdc.balanceOf(address(adapterB)), 0, "B keeps nothing loose");
        assertEq(usdc.allowance(address(vault), address(adapterA)), 0, "no allowance to A");
        assertEq(usdc.allowance(address(vault), address(adapterB)), 0, "no allowance to B");
        assertEq(
            vault.sourceAssets(address(adapterA)),
            IERC20(address(poolA.A_TOKEN())).balanceOf(address(adapterA)),
            "A backed by aTokens"
        );
        assertEq(
            vault.sourceAssets(address(adapterB)),
            IERC20(address(poolB.A_TOKEN())).balanceOf(address(adapterB)),
            "B backed by aTokens"
        );
    }

    /// No depositor is ever paid more than the assets behind the shares it burns, and all shares together are
    /// worth no more than the vault holds.
    function invariant_noDepositorWithdrawsMoreThanItsShares() public view {
        assertEq(handler.ghostOverpaid(), 0, "payout above share value");
        uint256 claims;
        for (uint256 i; i < handler.actorsLength(); ++i) {
            claims += vault.convertToAssets(vault.balanceOf(handler.actors(i)));
        }
        assertLe(claims, vault.totalAssets(), "claims <= assets");
        assertLe(vault.convertToAssets(vault.totalSupply()), vault.totalAssets(), "supply covered");
    }
}
