// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./TestBase.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {LendingPool} from "../../src/mocks/LendingPool.sol";
import {Vault} from "../../src/Vault.sol";
import {DecisionReceipt} from "../../src/libraries/VaultTypes.sol";

/// @notice Invariant-suite handler: random deposits, withdrawals, redemptions, rebalances, cap changes and rate
/// moves (borrows, repayments, time), with ghost variables for what can only be checked at the time of a call.
/// @dev Must own the stablecoin (it mints for depositors and the borrower).
contract VaultHandler is TestBase {
    uint256 internal constant BPS = 10_000;
    /// @dev A source may end a few wei away from its target through the pool's index rounding.
    uint256 internal constant ROUNDING = 2;

    Vault public immutable vault;
    MockStablecoin public immutable usdc;
    LendingPool public immutable poolA;
    LendingPool public immutable poolB;
    address public immutable keeper;
    address public immutable governance;
    address public immutable borrower = address(0xB022);

    address[] public actors;

    // ---- ghosts
    /// @notice Payouts above the value of the shares burnt (must stay 0).
    uint256 public ghostOverpaid;
    /// @notice Sources found above a cap right after a successful rebalance (must stay 0).
    uint256 public ghostCapBreaches;
    /// @notice Call counters.
    uint256 public deposits;
    uint256 public withdrawals;
    uint256 public rebalances;
    uint256 public rebalanceFailures;

    constructor(
        Vault vault_,
        MockStablecoin usdc_,
        LendingPool poolA_,
        LendingPool poolB_,
        address keeper_,
        address governance_
    ) {
        vault = vault_;
        usdc = usdc_;
        poolA = poolA_;
        poolB = poolB_;
        keeper = keeper_;
        governance = governance_;
        actors.push(address(0xA11CE));
        actors.push(address(0xB0B));
        actors.push(address(0xCA401));
    }

    function actorsLength() external view returns (uint256) {
        return actors.length;
    }

    // ================================================================ depositor actions

    function deposit(uint256 actorSeed, uint256 assets) external {
        address actor = actors[actorSeed % actors.length];
        assets = bound(assets, 1, 1e12);
        usdc.mint(actor, assets);
        vm.startPrank(actor);
        usdc.approve(address(vault), assets);
        vault.deposit(assets, actor);
        vm.stopPrank();
        ++deposits;
    }

    function withdraw(uint256 actorSeed, uint256 assets) external {
        address actor = actors[actorSeed % actors.length];
        uint256 max = vault.maxWithdraw(actor);
        if (max == 0) return;
        assets = bound(assets, 1, max);
        uint256 expectedBurn = vault.previewWithdraw(assets);
        uint256 valueOfBurn = vault.convertToAssets(expectedBurn);
        uint256 sharesBefore = vault.balanceOf(actor);
        uint256 balanceBefore = usdc.balanceOf(actor);
        vm.prank(actor);
        vault.withdraw(assets, actor, actor);
        uint256 received = usdc.balanceOf(actor) - balanceBefore;
        uint256 burnt = sharesBefore - vault.balanceOf(actor);
        if (burnt != expectedBurn || received != assets || received > valueOfBurn) ++ghostOverpaid;
        ++withdrawals;
    }

    function redeem(uint256 actorSeed, uint256 shares) external {
        address actor = actors[actorSeed % actors.length];
        uint256 max = vault.maxRedeem(actor);
        if (max == 0) return;
        shares = bound(shares, 1, max);
        uint256 valueOfShares = vault.convertToAssets(shares);
        uint256 expected = vault.previewRedeem(shares);
        uint256 balanceBefore = usdc.balanceOf(actor);
        vm.prank(actor);
        vault.redeem(shares, actor, actor);
        uint256 received = usdc.balanceOf(actor) - balanceBefore;
        if (received != expected || received > valueOfShares) ++ghostOverpaid;
        ++withdrawals;
    }

    // ================================================================ keeper / governance actions

    function rebalance(uint256 seedA, uint256 seedB) external {
        address[] memory sources = vault.getSources();
        uint256 total = vault.totalAssets();
        uint256 minIdle = (total * vault.minIdleBps() + BPS - 1) / BPS;
        uint256 room = total - minIdle;
        uint256[] memory targets = new uint256[](sources.length);
        uint256[2] memory seeds = [seedA, seedB];
        // one call in four ignores the caps: the vault must then refuse (or the targets happened to fit)
        bool ignoreCaps = seedA % 4 == 0;
        for (uint256 i; i < sources.length; ++i) {
            uint256 limit = ignoreCaps ? room : _min(_capOf(sources[i], total), room);
            targets[i] = bound(seeds[i % 2], 0, limit);
            room -= targets[i];
        }
        DecisionReceipt memory r = DecisionReceipt({
            configHash: keccak256("invariant"),
            modelId: keccak256("handler"),
            inputBlock: block.number,
            predictedApyBps: 0,
            expectedGain: 0
        });
        vm.prank(keeper);
        try vault.rebalance(targets, r) {
            ++rebalances;
            for (uint256 i; i < sources.length; ++i) {
                if (vault.sourceAssets(sources[i]) > _capOf(sources[i], total) + ROUNDING) ++ghostCapBreaches;
            }
        } catch {
            // e.g. a target needs liquidity a utilised pool does not have
            ++rebalanceFailures;
        }
    }

    function setCaps(uint256 sourceSeed, uint256 absoluteCap, uint256 relativeCapBps) external {
        address[] memory sources = vault.getSources();
        address source = sources[sourceSeed % sources.length];
        absoluteCap = bound(absoluteCap, 0, 2e12);
        relativeCapBps = bound(relativeCapBps, 0, BPS);
        vm.prank(governance);
        vault.setCaps(source, absoluteCap, relativeCapBps);
    }

    // ================================================================ market moves

    function borrow(uint256 poolSeed, uint256 bps) external {
        LendingPool pool = poolSeed % 2 == 0 ? poolA : poolB;
        uint256 amount = (pool.availableLiquidity() * bound(bps, 0, 9000)) / BPS;
        if (amount == 0) return;
        vm.prank(borrower);
        pool.borrow(address(usdc), amount, 2, 0, borrower);
    }

    function repay(uint256 poolSeed) external {
        LendingPool pool = poolSeed % 2 == 0 ? poolA : poolB;
        uint256 debt = pool.debtOf(borrower);
        if (debt == 0) return;
        usdc.mint(borrower, debt + 1);
        vm.startPrank(borrower);
        usdc.approve(address(pool), type(uint256).max);
        pool.repay(address(usdc), type(uint256).max, 2, borrower);
        vm.stopPrank();
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 30 days));
        vm.roll(block.number + 1);
    }

    // ================================================================ helpers

    function _capOf(address source, uint256 total) internal view returns (uint256) {
        return _min(vault.caps(source), (total * vault.relativeCaps(source)) / BPS);
    }

    function _min(uint256 x, uint256 y) internal pure returns (uint256) {
        return x < y ? x : y;
    }
}
