// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {InvariantBase} from "./utils/InvariantBase.sol";
import {VaultHandler} from "./utils/VaultHandler.sol";
import {TestSource} from "./utils/TestSource.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {sourceAssets} from "./utils/VaultReads.sol";

/// @notice Handler-based invariants: random deposits, withdrawals, rebalances, cap changes, rate moves, fee
/// accrual (10% fee), gains, losses, breakage and force removal of a third (test) source, and the keeper liveness
/// failsafe (7-day window, adapter B as the safe source).
contract VaultInvariantTest is Fixture, InvariantBase {
    VaultHandler internal handler;

    function setUp() public override {
        super.setUp();
        // third-party liquidity so that the borrower can move rates without the vault
        _supply(poolA, address(0x5001), 1e12);
        _supply(poolB, address(0x5001), 1e12);
        // the borrower's collateral in each market (price 1, LTV 80%), far above anything it can borrow
        _aaveSupply(poolA, address(poolA.collateral), borrower, 1e24);
        _aaveSupply(poolB, address(poolB.collateral), borrower, 1e24);
        vm.startPrank(governance);
        vault.setCaps(address(adapterA), 1e12, 6000);
        vault.setCaps(address(adapterB), 5e11, 8000);
        vault.addSource(address(new TestSource(address(vault), address(usdc))), 3e11, 5000);
        vault.setFeeRecipient(address(0xFEE));
        vault.setFee(1000);
        vault.setLivenessWindow(7 days);
        vault.setSafeSource(address(adapterB));
        vm.stopPrank();

        handler = new VaultHandler(vault, usdc, poolA, poolB, keeper, governance);
        usdc.transferOwnership(address(handler));

        bytes4[] memory selectors = new bytes4[](21);
        selectors[0] = VaultHandler.deposit.selector;
        selectors[1] = VaultHandler.withdraw.selector;
        selectors[2] = VaultHandler.redeem.selector;
        selectors[3] = VaultHandler.rebalance.selector;
        selectors[4] = VaultHandler.setCaps.selector;
        selectors[5] = VaultHandler.borrow.selector;
        selectors[6] = VaultHandler.repay.selector;
        selectors[7] = VaultHandler.warp.selector;
        selectors[8] = VaultHandler.accrueFee.selector;
        selectors[9] = VaultHandler.gain.selector;
        selectors[10] = VaultHandler.loseFromSource.selector;
        selectors[11] = VaultHandler.breakSource.selector;
        selectors[12] = VaultHandler.forceRemove.selector;
        selectors[13] = VaultHandler.heartbeat.selector;
        selectors[14] = VaultHandler.triggerFailsafe.selector;
        selectors[15] = VaultHandler.unwindFailsafe.selector;
        selectors[16] = VaultHandler.clearFailsafe.selector;
        selectors[17] = VaultHandler.deposit.selector; // deposits twice as likely: keep the vault funded
        selectors[18] = VaultHandler.deRisk.selector;
        selectors[19] = VaultHandler.setWithdrawFee.selector;
        selectors[20] = VaultHandler.roundTrip.selector;
        targetContract(address(handler));
        targetSelector(address(handler), selectors);
    }

    /// Right after every successful rebalance, every source is within its absolute and relative caps, or holds
    /// no more than before (a cap lowered under a position may be worked down over several rebalances). And the
    /// keeper is never locked out (M-2): from every state reached, a rebalance that reduces a cap or idle-floor
    /// violation within the turnover limit passes. And no span of lossWindow seconds loses more share value to
    /// rebalances than the rolling budget (M-3).
    function invariant_sourcesWithinCapsAfterRebalance() public view {
        assertEq(handler.ghostCapBreaches(), 0, "cap breached after a rebalance");
        assertEq(handler.ghostLockouts(), 0, "a violation-reducing rebalance was refused");
        assertEq(handler.ghostBudgetBreaches(), 0, "a span of lossWindow lost more than the rolling budget");
    }

    /// Funds sit only in approved sources or idle: the sources are exactly the two approved adapters and the
    /// current test source, the adapters keep nothing loose, the vault leaves no allowance behind, and every
    /// adapter's assets are backed by the pool's aTokens it holds; totalAssets is exactly the idle balance plus
    /// what every source holds (a broken source counting as 0).
    /// @dev (Also holds the former invariant_totalAssetsIsIdlePlusSources: every invariant function is a separate
    /// 256 × 100 campaign over the same handler, so related checks share one to keep the suite under a minute.)
    function invariant_fundsOnlyInApprovedSourcesOrIdle() public view {
        address[] memory sources = vault.getSources();
        uint256 sum = usdc.balanceOf(address(vault));
        for (uint256 i; i < sources.length; ++i) {
            sum += sourceAssets(vault, sources[i]);
        }
        assertEq(vault.totalAssets(), sum, "totalAssets == idle + sources");
        assertEq(vault.idle(), usdc.balanceOf(address(vault)), "idle is the vault's balance");
        assertEq(sources.length, 3, "three sources");
        assertEq(sources[0], address(adapterA), "A approved");
        assertEq(sources[1], address(adapterB), "B approved");
        assertEq(sources[2], address(handler.ts()), "current test source");
        assertEq(usdc.allowance(address(vault), address(handler.ts())), 0, "no allowance to the test source");
        assertEq(usdc.balanceOf(address(adapterA)), 0, "A keeps nothing loose");
        assertEq(usdc.balanceOf(address(adapterB)), 0, "B keeps nothing loose");
        assertEq(usdc.allowance(address(vault), address(adapterA)), 0, "no allowance to A");
        assertEq(usdc.allowance(address(vault), address(adapterB)), 0, "no allowance to B");
        assertEq(
            sourceAssets(vault, address(adapterA)),
            IERC20(poolA.aToken).balanceOf(address(adapterA)),
            "A backed by aTokens"
        );
        assertEq(
            sourceAssets(vault, address(adapterB)),
            IERC20(poolB.aToken).balanceOf(address(adapterB)),
            "B backed by aTokens"
        );
    }

    /// No depositor is ever paid more than the assets behind the shares it burns, no round trip (deposit→redeem,
    /// mint→withdraw, withdraw→deposit, redeem→mint) profits its caller, and all shares together are worth no more
    /// than the vault holds.
    function invariant_noDepositorWithdrawsMoreThanItsShares() public view {
        assertEq(handler.ghostOverpaid(), 0, "payout above share value");
        assertEq(handler.ghostRoundTripProfit(), 0, "an ERC-4626 round trip profited its caller");
        uint256 claims;
        for (uint256 i; i < handler.actorsLength(); ++i) {
            claims += vault.convertToAssets(vault.balanceOf(handler.actors(i)));
        }
        assertLe(claims, vault.totalAssets(), "claims <= assets");
        assertLe(vault.convertToAssets(vault.totalSupply()), vault.totalAssets(), "supply covered");
    }

    /// The share price (net of the pending fee) never falls except through a reported source loss, a rebalance
    /// within maxLoss, a broken source or a force-removal write-off; every fee accrual takes at most fee × the gain
    /// above the high-water mark and leaves the price at or above the old mark (fees dilute gains, not
    /// principal); the failsafe triggers exactly when the keeper is overdue; the mark never exceeds the price
    /// by more than losses explain (it is at least 1.0 or was set by an accrual).
    function invariant_sharePriceAndFee() public view {
        assertEq(handler.ghostPriceDrops(), 0, "share price fell without a loss");
        assertEq(handler.ghostFeeExcess(), 0, "fee above feeBps of the gain, or into principal");
        assertEq(handler.ghostFailsafeMisfires(), 0, "failsafe trigger misfired");
        assertLe(vault.fee(), vault.MAX_FEE(), "fee capped");
        if (vault.failsafe()) assertTrue(vault.livenessWindow() != 0, "failsafe needs a window");
    }
}
