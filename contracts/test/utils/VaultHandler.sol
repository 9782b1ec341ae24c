// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./TestBase.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {AaveV3Setup} from "./AaveV3Setup.sol";
import {Vault} from "../../src/Vault.sol";
import {DecisionReceipt} from "../../src/libraries/VaultTypes.sol";
import {TestSource} from "./TestSource.sol";
import {ErrorsLib} from "../../src/libraries/ErrorsLib.sol";
import {ISource} from "../../src/interfaces/ISource.sol";
import {sourceAssets} from "./VaultReads.sol";

/// @notice Invariant-suite handler: random deposits, withdrawals, redemptions, rebalances, cap changes and rate
/// moves (borrows, repayments, time), fee accrual, gains, losses and breakage of a TestSource (the third source),
/// its force removal (a fresh TestSource replaces it), and the keeper liveness failsafe (heartbeat, trigger, unwind,
/// clear), with ghost variables for what can only be checked at the time of a call.
/// @dev Must own the stablecoin (it mints for depositors, the borrower and the TestSource's gains).
contract VaultHandler is TestBase {
    uint256 internal constant BPS = 10_000;
    /// @dev A source may end a few wei away from its target through the pool's index rounding.
    uint256 internal constant ROUNDING = 2;

    Vault public immutable vault;
    MockStablecoin public immutable usdc;
    /// @notice The two real Aave v3 markets of sources A and B (Fixture's poolA and poolB), in which `borrower`
    /// borrows against the collateral the test supplied for it.
    AaveV3Setup.AaveMarket internal poolA;
    AaveV3Setup.AaveMarket internal poolB;
    address public immutable keeper;
    address public immutable governance;
    address public immutable borrower = address(0xB022);
    /// @notice The current TestSource (replaced after a force removal).
    TestSource public ts;

    address[] public actors;

    // ---- ghosts
    /// @notice Payouts above the value of the shares burnt (must stay 0).
    uint256 public ghostOverpaid;
    /// @notice Sources found above a cap right after a successful rebalance, and above what they held before it
    /// (must stay 0).
    uint256 public ghostCapBreaches;
    /// @notice Call counters.
    uint256 public deposits;
    uint256 public withdrawals;
    uint256 public rebalances;
    uint256 public rebalanceFailures;
    /// @notice Violation-reducing rebalances (deRisk) that passed, and those refused on a cap, the idle floor or the
    /// turnover limit (M-2 lockouts: must stay 0).
    uint256 public deRisks;
    uint256 public ghostLockouts;
    /// @notice Rebalance losses (time, LOSS_UNIT units) and spans of lossWindow found losing more than the rolling
    /// budget (M-3: must stay 0).
    uint256[] public lossTimes;
    uint256[] public lossCharged;
    uint256 public ghostBudgetBreaches;
    /// @notice Round trips that left their caller with more than it started with (must stay 0).
    uint256 public ghostRoundTripProfit;
    uint256 public roundTrips;
    /// @notice Share-price drops (beyond rounding) by an action that is neither a reported loss nor a write-off.
    uint256 public ghostPriceDrops;
    /// @notice Fee accruals that took more than fee × gain above the mark, or cut into principal (price after below
    /// the mark before).
    uint256 public ghostFeeExcess;
    /// @notice Failsafe triggers that succeeded while the keeper was live, or failed while it was due.
    uint256 public ghostFailsafeMisfires;
    uint256 public feeAccruals;
    uint256 public losses;
    uint256 public forceRemovals;
    uint256 public failsafeTriggers;

    /// @dev Asset units of price drop tolerated per action (pool index and conversion rounding).
    uint256 internal constant PRICE_TOLERANCE = 10;
    uint256 internal constant PRICE_SCALE = 1e24;
    uint256 internal constant VIRTUAL = 1e6;

    /// @dev Checks that the share price (net of the pending fee) does not fall, unless `lossAllowed`. Applied to every
    /// action that calls into the vault or a source's balance; not to pure market/config moves (borrow, repay,
    /// warp, setCaps, heartbeat), which cannot lower a supplier's value and would only slow the campaign down.
    modifier tracksPrice(bool lossAllowed) {
        uint256 before = vault.convertToAssets(1e24);
        _;
        uint256 afterPrice = vault.convertToAssets(1e24);
        if (!lossAllowed && afterPrice < before) {
            uint256 dropInAssets = ((before - afterPrice) * (vault.totalSupply() + VIRTUAL)) / PRICE_SCALE;
            if (dropInAssets > PRICE_TOLERANCE) ++ghostPriceDrops;
        }
    }

    constructor(
        Vault vault_,
        MockStablecoin usdc_,
        AaveV3Setup.AaveMarket memory poolA_,
        AaveV3Setup.AaveMarket memory poolB_,
        address keeper_,
        address governance_
    ) {
        vault = vault_;
        ts = TestSource(vault_.getSources()[2]);
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

    function deposit(uint256 actorSeed, uint256 assets) external tracksPrice(false) {
        address actor = actors[actorSeed % actors.length];
        if (vault.maxDeposit(actor) == 0) return; // a broken source: deposits closed
        assets = bound(assets, 1, 1e12);
        usdc.mint(actor, assets);
        vm.startPrank(actor);
        usdc.approve(address(vault), assets);
        vault.deposit(assets, actor);
        vm.stopPrank();
        ++deposits;
    }

    function withdraw(uint256 actorSeed, uint256 assets) external tracksPrice(false) {
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

    function redeem(uint256 actorSeed, uint256 shares) external tracksPrice(false) {
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

    /// @notice ERC-4626 round trips by one actor in one block: deposit→redeem, mint→withdraw, withdraw→deposit
    /// and redeem→mint. The caller never ends with more assets or shares than it started with (ghostRoundTripProfit)
    /// and the share price of everyone else does not fall (tracksPrice).
    function roundTrip(uint256 actorSeed, uint256 amount, uint256 kind) external tracksPrice(false) {
        address actor = actors[actorSeed % actors.length];
        kind %= 4;
        if (vault.maxDeposit(actor) == 0) return; // a broken source: deposits closed
        usdc.mint(actor, 2e12 + 1); // (the handler owns the token: mint before acting as the actor)
        vm.startPrank(actor);
        usdc.approve(address(vault), type(uint256).max);
        bool profit;
        if (kind == 0) {
            amount = bound(amount, 1, 1e12);
            profit = vault.redeem(vault.deposit(amount, actor), actor, actor) > amount;
        } else if (kind == 1) {
            uint256 shares = vault.previewDeposit(bound(amount, 1, 1e12));
            if (shares > 0) profit = vault.withdraw(vault.mint(shares, actor), actor, actor) < shares;
        } else if (kind == 2) {
            uint256 max = vault.maxWithdraw(actor);
            if (max > 0) {
                amount = bound(amount, 1, max);
                uint256 burnt = vault.withdraw(amount, actor, actor);
                profit = vault.deposit(amount, actor) > burnt;
            }
        } else {
            uint256 max = vault.maxRedeem(actor);
            if (max > 0) {
                amount = bound(amount, 1, max);
                uint256 received = vault.redeem(amount, actor, actor);
                vm.stopPrank();
                usdc.mint(actor, received + 1e6); // the mint may cost up to the allowance more than was received
                vm.startPrank(actor);
                profit = vault.mint(amount, actor) < received;
            }
        }
        vm.stopPrank();
        if (profit) ++ghostRoundTripProfit;
        ++roundTrips;
    }

    // ================================================================ keeper / governance actions

    /// @dev A rebalance may lose up to maxLossBps: it counts as a reported loss.
    function rebalance(uint256 seedA, uint256 seedB) external tracksPrice(true) {
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
        uint256[] memory before = new uint256[](sources.length);
        for (uint256 i; i < sources.length; ++i) {
            before[i] = sourceAssets(vault, sources[i]);
        }
        vm.prank(keeper);
        try vault.rebalance(targets, r) {
            ++rebalances;
            _recordLoss(total, sources.length);
            for (uint256 i; i < sources.length; ++i) {
                uint256 held = sourceAssets(vault, sources[i]);
                // above a cap only if it already was, and then no more than before (M-2: violations may shrink)
                if (held > _capOf(sources[i], total) + ROUNDING && held > before[i] + ROUNDING) ++ghostCapBreaches;
            }
        } catch {
            // e.g. a target needs liquidity a utilised pool does not have
            ++rebalanceFailures;
        }
    }

    /// @dev M-2: whenever a source is above a cap, or idle below its floor, the keeper can reduce the violation:
    /// a rebalance that moves min(excess, turnover limit, what the source can pay out) from that source to idle, and
    /// leaves every other source where it is, must not revert on a cap, the idle floor or the turnover limit.
    function deRisk() external tracksPrice(true) {
        if (vault.failsafe() || vault.paused()) return;
        if (vault.lastRebalance() != 0 && block.timestamp < vault.lastRebalance() + vault.cooldown()) return;
        address[] memory sources = vault.getSources();
        uint256 total = vault.totalAssets();
        uint256 maxTurnover = (total * vault.maxTurnoverBps()) / BPS;
        uint256[] memory targets = new uint256[](sources.length);
        uint256 from = type(uint256).max;
        uint256 excess;
        for (uint256 i; i < sources.length; ++i) {
            targets[i] = sourceAssets(vault, sources[i]);
            uint256 cap = _capOf(sources[i], total);
            if (from == type(uint256).max && targets[i] > cap) (from, excess) = (i, targets[i] - cap);
        }
        if (from == type(uint256).max) {
            uint256 floor = (total * vault.minIdleBps() + BPS - 1) / BPS;
            uint256 idle = vault.idle();
            if (idle >= floor) return;
            excess = floor - idle;
            uint256 most;
            for (uint256 i; i < sources.length; ++i) {
                uint256 liquid = _liquid(sources[i]);
                if (liquid > most) (from, most) = (i, liquid);
            }
            if (from == type(uint256).max) return; // nothing can be paid out
        }
        uint256 amount = _min(_min(excess, maxTurnover), _liquid(sources[from]));
        if (amount <= ROUNDING) return; // nothing to move, or only rounding
        targets[from] -= amount;
        DecisionReceipt memory r = DecisionReceipt({
            configHash: keccak256("invariant"),
            modelId: keccak256("de-risk"),
            inputBlock: block.number,
            predictedApyBps: 0,
            expectedGain: 0
        });
        vm.prank(keeper);
        try vault.rebalance(targets, r) {
            ++rebalances;
            ++deRisks;
            _recordLoss(total, sources.length);
        } catch (bytes memory data) {
            bytes4 sel = bytes4(data);
            if (
                sel == ErrorsLib.CapExceeded.selector || sel == ErrorsLib.RelativeCapExceeded.selector
                    || sel == ErrorsLib.MinIdleViolated.selector || sel == ErrorsLib.TurnoverExceeded.selector
            ) ++ghostLockouts;
            else ++rebalanceFailures;
        }
    }

    /// @dev M-3: records the loss of the rebalance just made (beyond the rounding tolerance, as a fraction of
    /// totalBefore rounded up, in LOSS_UNIT units, as the vault charges it) and checks the rolling budget against
    /// every span of lossWindow ending now: the losses since now − lossWindow must sum to at most the budget.
    function _recordLoss(uint256 totalBefore, uint256 nSources) internal {
        uint256 totalAfter = vault.totalAssets();
        uint256 tolerance = nSources * vault.ROUNDING_TOLERANCE_PER_SOURCE();
        if (totalAfter + tolerance >= totalBefore) return;
        uint256 unit = vault.LOSS_UNIT();
        lossTimes.push(block.timestamp);
        lossCharged.push(((totalBefore - totalAfter - tolerance) * unit + totalBefore - 1) / totalBefore);
        uint256 from = block.timestamp > vault.lossWindow() ? block.timestamp - vault.lossWindow() : 0;
        uint256 sum;
        for (uint256 i = lossTimes.length; i > 0 && lossTimes[i - 1] >= from; --i) {
            sum += lossCharged[i - 1];
        }
        if (sum > vault.windowLossBudget()) ++ghostBudgetBreaches;
    }

    /// @notice How many rebalances lost share value beyond the rounding tolerance.
    function lossCount() external view returns (uint256) {
        return lossTimes.length;
    }

    /// @notice The TestSource charges a withdrawal fee of up to 2% (what it pays out is short by it), so
    /// rebalances can lose share value: what the per-call and rolling budgets must bound.
    function setWithdrawFee(uint256 bps) external {
        ts.setWithdrawFeeBps(bound(bps, 0, 200));
    }

    function _liquid(address source) internal view returns (uint256) {
        try ISource(source).maxWithdraw() returns (uint256 m) {
            return m;
        } catch {
            return 0;
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

    /// @dev Up to 90% of the market's free liquidity (what its aToken holds).
    function borrow(uint256 poolSeed, uint256 bps) external {
        AaveV3Setup.AaveMarket memory pool = poolSeed % 2 == 0 ? poolA : poolB;
        uint256 amount = (usdc.balanceOf(pool.aToken) * bound(bps, 0, 9000)) / BPS;
        if (amount == 0) return;
        vm.prank(borrower);
        pool.pool.borrow(address(usdc), amount, 2, 0, borrower);
    }

    function repay(uint256 poolSeed) external {
        AaveV3Setup.AaveMarket memory pool = poolSeed % 2 == 0 ? poolA : poolB;
        uint256 debt = IERC20(pool.variableDebtToken).balanceOf(borrower);
        if (debt == 0) return;
        usdc.mint(borrower, debt + 1);
        vm.startPrank(borrower);
        usdc.approve(address(pool.pool), type(uint256).max);
        pool.pool.repay(address(usdc), type(uint256).max, 2, borrower);
        vm.stopPrank();
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 30 days));
        vm.roll(block.number + 1);
    }

    // ================================================================ fee, gains, losses, broken sources

    /// @notice Accrues the fee and checks it against the gain above the mark computed independently.
    function accrueFee() external tracksPrice(false) {
        uint256 supply = vault.totalSupply();
        uint256 total = vault.totalAssets();
        uint256 hwm = vault.highWaterMark();
        uint256 feeBps = vault.fee();
        address recipient = vault.feeRecipient();
        uint256 recipientShares = vault.balanceOf(recipient);
        uint256 owed = (hwm * (supply + VIRTUAL) + PRICE_SCALE - 1) / PRICE_SCALE;
        uint256 gain = total + 1 > owed ? total + 1 - owed : 0;
        vault.accrueFee();
        uint256 minted = vault.balanceOf(recipient) - recipientShares;
        // value of the minted shares right after minting
        uint256 feeValue = (minted * (total + 1)) / (supply + minted + VIRTUAL);
        if (feeValue > (gain * feeBps) / BPS) ++ghostFeeExcess;
        // fee shares dilute gains, not principal: the price stays at or above the old mark when it was above it
        uint256 priceAfter = ((total + 1) * PRICE_SCALE) / (supply + minted + VIRTUAL);
        if (gain != 0 && supply != 0 && priceAfter < hwm) ++ghostFeeExcess;
        ++feeAccruals;
    }

    /// @notice The TestSource earns `amount` (a gain the fee applies to).
    function gain(uint256 amount) external tracksPrice(false) {
        if (ts.broken()) return;
        usdc.mint(address(ts), bound(amount, 0, 1e10));
    }

    /// @notice The TestSource loses up to half of what it holds (a reported loss: the price may fall).
    function loseFromSource(uint256 bps) external tracksPrice(true) {
        if (ts.broken()) return;
        uint256 amount = (usdc.balanceOf(address(ts)) * bound(bps, 0, 5000)) / BPS;
        ts.lose(amount);
        ++losses;
    }

    /// @notice The TestSource starts (or stops) reverting on every call. Breaking it drops the price (it counts as
    /// 0); repairing it only raises it.
    function breakSource(bool on) external tracksPrice(on) {
        ts.setBroken(on);
    }

    /// @notice Governance writes the TestSource off (the price falls by its assets) and adds a fresh one.
    function forceRemove(uint256 seed) external tracksPrice(true) {
        if (seed % 4 != 0) return; // rare
        address old = address(ts);
        uint256 absoluteCap = vault.caps(old);
        uint256 relativeCap = vault.relativeCaps(old);
        vm.prank(governance);
        vault.forceRemoveSource(old);
        ts = new TestSource(address(vault), address(usdc));
        vm.prank(governance);
        vault.addSource(address(ts), absoluteCap, relativeCap);
        ++forceRemovals;
    }

    // ================================================================ keeper liveness failsafe

    function heartbeat() external {
        vm.prank(keeper);
        vault.heartbeat();
    }

    /// @notice Anyone triggers the failsafe when the keeper is silent (otherwise it must refuse). Unwinding may lose
    /// up to the tolerance per source: a reported loss.
    function triggerFailsafe() external tracksPrice(true) {
        bool due = vault.livenessWindow() != 0 && !vault.failsafe()
            && block.timestamp > vault.lastKeeperActivity() + vault.livenessWindow();
        try vault.triggerFailsafe() {
            if (!due) ++ghostFailsafeMisfires; // triggered while it should not
            ++failsafeTriggers;
        } catch {
            if (due) ++ghostFailsafeMisfires; // refused while due
        }
    }

    function unwindFailsafe() external tracksPrice(true) {
        if (!vault.failsafe()) return;
        vault.unwindFailsafe();
    }

    function clearFailsafe() external tracksPrice(false) {
        if (!vault.failsafe()) return;
        vm.prank(governance);
        vault.clearFailsafe();
    }

    // ================================================================ helpers

    function _capOf(address source, uint256 total) internal view returns (uint256) {
        return _min(vault.caps(source), (total * vault.relativeCaps(source)) / BPS);
    }

    function _min(uint256 x, uint256 y) internal pure returns (uint256) {
        return x < y ? x : y;
    }
}
