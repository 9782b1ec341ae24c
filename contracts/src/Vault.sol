// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ISource} from "./interfaces/ISource.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {DecisionReceipt} from "./libraries/VaultTypes.sol";
import {SourceCallLib} from "./libraries/SourceCallLib.sol";
import {WithdrawLib} from "./libraries/WithdrawLib.sol";
import {VaultFailsafe} from "./VaultFailsafe.sol";

/// @title Vault
/// @notice ERC-4626 vault holding one asset: it keeps a minimum share idle and lets a keeper allocate the rest
/// across capped yield sources (ISource adapters). Withdrawals are served from idle first, then from sources
/// in withdraw-queue order; the withdrawer bears the rounding of the sources it pulls from (a fixed allowance of
/// ROUNDING_TOLERANCE_PER_SOURCE each, included in previewWithdraw/previewRedeem and the max functions), and the
/// sources are called before the shares are burned, so that the share price never moves during those calls.
/// @dev Roles:
/// - governance (meant to be an OpenZeppelin TimelockController, so every governance action is delayed): adds and
///   removes sources, sets caps, limits, the withdraw queue and the roles;
/// - guardian: pauses deposits/mints/rebalances (never withdrawals) and lowers caps at once; it should also hold
///   the timelock's CANCELLER_ROLE to veto pending governance operations;
/// - keeper: rebalances within the limits and signals liveness.
///
/// Performance fee: `fee` (bps, ≤ MAX_FEE) of every gain of the share price above its high-water mark is minted as
/// shares to `feeRecipient`, so that holders are diluted by exactly that many assets. It is accrued before every
/// deposit, mint, withdrawal, redemption, rebalance and failsafe move (and by anyone through accrueFee()); the
/// previews, conversions and max functions include the fee that would accrue first, so they match what the
/// operation does. Only yield is performance: an exit while a source cannot be valued (its price leaves that source
/// out) raises the mark by the value it leaves behind for the holders who stay (see _keepMarkDeficit), so that value
/// returning when the source recovers is not charged.
///
/// Broken sources: a source whose totalAssets() or maxWithdraw() fails (reverts, returns too little data, needs
/// more than SOURCE_VIEW_GAS) counts as 0 assets and 0 liquidity, and one whose withdraw fails (reverts, needs more
/// than SOURCE_CALL_GAS) is skipped by withdrawals and the failsafe (each failsafe step is bounded by
/// FAILSAFE_STEP_GAS), so it can never lock withdrawals from idle and the other sources, even by burning all the gas
/// it is given; a caller cannot starve a healthy source into looking broken (the call reverts SourceCallOutOfGas).
/// Deposits and mints are refused while a source cannot be valued (they would buy in at a price that ignores it),
/// withdrawals are served at the lower, conservative price. Governance writes such a source off with
/// forceRemoveSource.
///
/// Keeper liveness failsafe: when governance set a livenessWindow and the keeper has been silent (no rebalance or
/// heartbeat) for longer, anyone may trigger the failsafe: rebalances stop and everything withdrawable is moved out
/// of the sources into idle, or into the governance-approved safe source within its caps. Only governance clears it.
///
/// Parts: the Vault holds the rebalance and the ERC-4626 entry points; it inherits, in one line, VaultStorage (the
/// constants, storage, modifiers and total assets; after VaultLossBudget, the rolling loss budget), VaultGovernance
/// (sources, caps, limits and roles), VaultFee (the performance fee) and VaultFailsafe (the liveness failsafe).
contract Vault is VaultFailsafe {
    using SafeERC20 for IERC20;

    /// @param asset_ The underlying asset.
    /// @param name_ Share token name.
    /// @param symbol_ Share token symbol.
    /// @param governance_ Governance address (a TimelockController; manages sources, caps, limits, roles).
    /// @param guardian_ Guardian address (pauses, lowers caps; should be a canceller on the timelock).
    /// @param keeper_ Keeper address (rebalances).
    /// @param minIdleBps_ Minimum share of total assets kept idle after a rebalance, in bps.
    constructor(
        address asset_,
        string memory name_,
        string memory symbol_,
        address governance_,
        address guardian_,
        address keeper_,
        uint256 minIdleBps_
    ) ERC4626(IERC20(asset_)) ERC20(name_, symbol_) {
        if (asset_ == address(0) || governance_ == address(0) || guardian_ == address(0) || keeper_ == address(0)) {
            revert ErrorsLib.ZeroAddress();
        }
        if (minIdleBps_ > BPS) revert ErrorsLib.InvalidBps(minIdleBps_);
        governance = governance_;
        guardian = guardian_;
        keeper = keeper_;
        _clock.minIdleBps = uint16(minIdleBps_);
        _clock.maxLossBps = 10;
        _clock.maxTurnoverBps = uint16(BPS);
        _clock.cooldown = uint64(DEFAULT_COOLDOWN);
        _clock.lastKeeperActivity = uint64(block.timestamp);
        _hwm = uint240(WAD);
        emit EventsLib.SetGovernance(governance_);
        emit EventsLib.SetGuardian(guardian_);
        emit EventsLib.SetKeeper(keeper_);
        emit EventsLib.SetMinIdleBps(minIdleBps_);
        emit EventsLib.SetMaxLossBps(10);
        emit EventsLib.SetMaxTurnoverBps(BPS);
        emit EventsLib.SetCooldown(DEFAULT_COOLDOWN);
        emit EventsLib.SetLossWindow(lossWindow);
        emit EventsLib.SetMaxWindowLossBps(maxWindowLossBps);
    }

    // ================================================================ keeper

    /// @notice Keeper-only, not when paused: moves assets so that each source holds its target (asset units, one
    /// per source in getSources() order). Withdraws from every source above its target first, then deposits into
    /// every source below it. Reverts on: a wrong length; a receipt from the future; the cooldown not elapsed; a
    /// target above what its source holds and above its absolute cap or relativeCapBps of total assets before;
    /// turnover above maxTurnoverBps of total assets before; idle below minIdleBps of total assets afterwards and
    /// below idle before; total assets
    /// dropping by more than maxLossBps (plus rounding tolerance); the losses of the rebalances within the last
    /// lossWindow exceeding the rolling budget (see maxWindowLossBps); the failsafe being active. Accrues the fee
    /// first.
    /// @param targets Target allocation per source.
    /// @param receipt What the decision was based on; emitted in RebalanceDecision.
    function rebalance(uint256[] calldata targets, DecisionReceipt calldata receipt)
        external
        onlyKeeper
        whenNotPaused
        nonReentrant
    {
        // ---- checks
        uint256 n = _queue >> WithdrawLib.QUEUE_COUNT_SHIFT;
        if (targets.length != n) revert ErrorsLib.InvalidTargetsLength(targets.length, n);
        Clock memory clock = _clock;
        if (clock.failsafe) revert ErrorsLib.FailsafeActive();
        if (receipt.inputBlock > block.number) revert ErrorsLib.FutureReceipt(receipt.inputBlock, block.number);
        uint256 readyAt = uint256(clock.lastRebalance) + clock.cooldown;
        if (clock.lastRebalance != 0 && block.timestamp < readyAt) {
            revert ErrorsLib.CooldownActive(readyAt, block.timestamp);
        }
        // Each source is read once before the moves: the fee, the caps and the turnover all use these holdings.
        (address[] memory list, uint256[] memory current, uint256 idleBefore, uint256 totalBefore) = _holdings(n);
        _accrueFeeAt(totalBefore);
        uint256 moved = _checkTargets(list, targets, current, totalBefore);

        // ---- effects
        _clock.lastRebalance = uint64(block.timestamp);
        _clock.lastKeeperActivity = uint64(block.timestamp);

        // ---- interactions
        _moveAssets(list, targets, current, idleBefore);

        // ---- post-conditions
        (uint256 idleAfter, uint256 totalAfter) =
            _checkOutcome(list, targets, current, clock, totalBefore, idleBefore, moved);
        _chargeWindowLoss(totalBefore, totalAfter, n * ROUNDING_TOLERANCE_PER_SOURCE);
        _emitRebalanced(targets, receipt, idleAfter, totalAfter);
    }

    /// @dev Rebalanced and RebalanceDecision (a function of its own: rebalance has no stack slots left).
    function _emitRebalanced(
        uint256[] calldata targets,
        DecisionReceipt calldata receipt,
        uint256 idleAfter,
        uint256 totalAfter
    ) internal {
        emit EventsLib.Rebalanced(msg.sender, targets, idleAfter, totalAfter);
        emit EventsLib.RebalanceDecision(
            msg.sender,
            receipt.configHash,
            receipt.modelId,
            receipt.inputBlock,
            receipt.predictedApyBps,
            receipt.expectedGain
        );
    }

    // ================================================================ views

    // ================================================================ ERC-4626

    /// @notice Assets withdrawable right now: idle plus every source's maxWithdraw (0 for a source whose
    /// maxWithdraw() fails).
    function availableLiquidity() public view returns (uint256 liquidity) {
        (,,,, liquidity,) = _viewed(type(uint256).max, false);
    }

    /// @notice 0 while paused or while a source cannot be valued, unlimited otherwise.
    /// @param receiver The share receiver.
    function maxDeposit(address receiver) public view override returns (uint256) {
        return _depositsOpen() ? super.maxDeposit(receiver) : 0;
    }

    /// @notice 0 while paused or while a source cannot be valued, unlimited otherwise.
    /// @param receiver The share receiver.
    function maxMint(address receiver) public view override returns (uint256) {
        return _depositsOpen() ? super.maxMint(receiver) : 0;
    }

    /// @notice The most `owner` can withdraw: the largest amount within the withdrawable liquidity whose shares,
    /// rounding allowance included (see previewWithdraw), `owner` holds. Not affected by the pause.
    /// @param owner The share owner.
    function maxWithdraw(address owner) public view override returns (uint256) {
        (uint256 total, uint256 supply, uint256 idleNow,,, uint256[] memory take) = _viewed(type(uint256).max, true);
        uint256 gross = _convertToAssetsWithTotals(balanceOf(owner), supply, total, Math.Rounding.Floor);
        return WithdrawLib.maxAssets(idleNow, take, gross, ROUNDING_TOLERANCE_PER_SOURCE);
    }

    /// @notice The most shares `owner` can redeem: min(owner's shares, the most shares whose value (rounded down)
    /// the withdrawable liquidity covers). Not affected by the pause.
    /// @param owner The share owner.
    function maxRedeem(address owner) public view override returns (uint256) {
        // floor(s · price) ≤ liquidity ⟺ s ≤ ceil((liquidity + 1) / price) − 1
        return Math.min(balanceOf(owner), _convertToShares(availableLiquidity() + 1, Math.Rounding.Ceil) - 1);
    }

    /// @notice The shares withdraw(assets) burns now: the shares of `assets` plus a rounding allowance of
    /// ROUNDING_TOLERANCE_PER_SOURCE for each source the withdrawal pulls from (idle first, then the withdraw queue),
    /// rounded up, after the fee that would accrue first. Pulling part of a position out of a lending protocol or an
    /// ERC-4626 vault loses a unit or two to its rounding: the withdrawer bears it, not the holders who stay.
    /// @param assets Assets to withdraw.
    function previewWithdraw(uint256 assets) public view override returns (uint256) {
        (uint256 total, uint256 supply,, uint256 touched,,) = _viewed(assets, true);
        return _convertToSharesWithTotals(
            assets + touched * ROUNDING_TOLERANCE_PER_SOURCE, supply, total, Math.Rounding.Ceil
        );
    }

    /// @notice The assets redeem(shares) pays now: the value of `shares` rounded down, less a rounding allowance of
    /// ROUNDING_TOLERANCE_PER_SOURCE for each source a withdrawal of that value pulls from (see previewWithdraw),
    /// after the fee that would accrue first.
    /// @param shares Shares to redeem.
    function previewRedeem(uint256 shares) public view override returns (uint256) {
        uint256 gross = _convertToAssets(shares, Math.Rounding.Floor);
        (,,, uint256 touched,,) = _viewed(gross, false);
        return _lessRounding(gross, touched);
    }

    /// @notice Deposits `assets` for `receiver`'s shares, after accruing the fee. Not when paused nor while a
    /// source cannot be valued; non-reentrant.
    /// @param assets Assets to deposit.
    /// @param receiver Share receiver.
    /// @return shares Shares minted.
    function deposit(uint256 assets, address receiver)
        public
        override
        whenNotPaused
        nonReentrant
        returns (uint256 shares)
    {
        uint256 total = _accrueFeeForDeposit();
        shares = _convertToSharesWithTotals(assets, totalSupply(), total, Math.Rounding.Floor);
        _deposit(_msgSender(), receiver, assets, shares);
    }

    /// @notice Mints `shares` to `receiver` for assets, after accruing the fee. Not when paused nor while a source
    /// cannot be valued; non-reentrant.
    /// @param shares Shares to mint.
    /// @param receiver Share receiver.
    /// @return assets Assets deposited.
    function mint(uint256 shares, address receiver)
        public
        override
        whenNotPaused
        nonReentrant
        returns (uint256 assets)
    {
        uint256 total = _accrueFeeForDeposit();
        assets = _convertToAssetsWithTotals(shares, totalSupply(), total, Math.Rounding.Ceil);
        _deposit(_msgSender(), receiver, assets, shares);
    }

    /// @notice Withdraws `assets` to `receiver`, burning `owner`'s shares (previewWithdraw: their value plus the
    /// rounding allowance of the sources pulled from), after accruing the fee. Never paused; non-reentrant. The
    /// sources are pulled from before the shares are burned, so that the share price anyone reads during those
    /// calls is the price before the withdrawal (L-3). With nothing idle, a receiver without code is paid by the
    /// sources directly, measured on its balance (what reached it counts as idle meanwhile; see _exit).
    /// @param assets Assets to withdraw.
    /// @param receiver Asset receiver.
    /// @param owner Share owner.
    /// @return shares Shares burned.
    function withdraw(uint256 assets, address receiver, address owner)
        public
        override
        nonReentrant
        returns (uint256 shares)
    {
        (uint256 idleNow, uint256 total, address unvalued, uint256 supply, uint256[] memory liquid) = _startExit(assets);
        {
            uint256 touched;
            uint256 covered;
            (touched, covered,) = WithdrawLib.plan(liquid, idleNow, assets);
            shares = _convertToSharesWithTotals(
                assets + touched * ROUNDING_TOLERANCE_PER_SOURCE, supply, total, Math.Rounding.Ceil
            );
            if (covered < assets || shares > balanceOf(owner)) {
                revert ERC4626ExceededMaxWithdraw(owner, assets, maxWithdraw(owner));
            }
        }
        if (unvalued != address(0)) _keepMarkDeficit(total, supply, shares);
        _exit(receiver, owner, assets, shares, liquid, idleNow);
    }

    /// @notice Redeems `owner`'s `shares` for assets sent to `receiver` (previewRedeem: their value less the
    /// rounding allowance of the sources pulled from), after accruing the fee. Never paused; non-reentrant; the
    /// sources are pulled from before the shares are burned (see withdraw).
    /// @param shares Shares to redeem.
    /// @param receiver Asset receiver.
    /// @param owner Share owner.
    /// @return assets Assets withdrawn.
    function redeem(uint256 shares, address receiver, address owner)
        public
        override
        nonReentrant
        returns (uint256 assets)
    {
        // The shares' value needs every source's first, then the liquidity of those it looks at.
        (uint256 total, address unvalued, uint256 idleNow) = _accrueFee();
        uint256 supply = totalSupply();
        uint256 gross = _convertToAssetsWithTotals(shares, supply, total, Math.Rounding.Floor);
        uint256[] memory liquid;
        if (idleNow < gross) (,, liquid) = _positions(idleNow, gross, false);
        {
            uint256 touched;
            uint256 covered;
            (touched, covered,) = WithdrawLib.plan(liquid, idleNow, gross);
            if (covered < gross || shares > balanceOf(owner)) {
                revert ERC4626ExceededMaxRedeem(owner, shares, maxRedeem(owner));
            }
            assets = _lessRounding(gross, touched);
        }
        if (unvalued != address(0)) _keepMarkDeficit(total, supply, shares);
        _exit(receiver, owner, assets, shares, liquid, idleNow);
    }

    // ================================================================ internals

    /// @dev What withdraw and redeem start with: idle (the vault's balance), the sources' positions (one call per
    /// source: the total, the first source that could not be valued and what each could pay out, `liquid`), the fee
    /// accrued at that total, and the supply after it.
    function _startExit(uint256 assets)
        internal
        returns (uint256 idleNow, uint256 total, address unvalued, uint256 supply, uint256[] memory liquid)
    {
        idleNow = _held();
        // When idle covers it, no source is looked at: they are valued in storage order, as a deposit values them.
        if (idleNow < assets) (total, unvalued, liquid) = _positions(idleNow, assets, true);
        else (total, unvalued) = _valued(idleNow);
        _accrueFeeAt(total);
        supply = totalSupply();
    }

    /// @dev What the views price a withdrawal of `assets` with, as the transaction reads the sources (_positions):
    /// idle() (what a withdrawal in flight has paid counted in it, see idle) and the plan (WithdrawLib.plan); with
    /// `value` (the views of withdraw), the total assets and the supply after the fee that would accrue first too
    /// (both 0 without: the views of redeem, and the liquidity, value the sources apart, as redeem does).
    function _viewed(uint256 assets, bool value)
        internal
        view
        returns (uint256 total, uint256 supply, uint256 idleNow, uint256 touched, uint256 covered, uint256[] memory take)
    {
        idleNow = idle();
        (total,, take) = _positions(idleNow, assets, value);
        if (value) supply = _supplyAfterFee(total);
        (touched, covered, take) = WithdrawLib.plan(take, idleNow, assets);
    }

    /// @dev The `n` sources (`list`, read from storage once for the whole rebalance), what each holds (0 when its
    /// read fails, as in _totalAssets), idle, and their sum: the total assets, one read per source.
    function _holdings(uint256 n)
        internal
        view
        returns (address[] memory list, uint256[] memory held, uint256 idleNow, uint256 total)
    {
        list = new address[](n);
        held = new uint256[](n);
        idleNow = _held(); // rebalance is nonReentrant: no withdrawal in flight
        total = idleNow;
        for (uint256 i; i < n; ++i) {
            address source = _sourceAt(i);
            list[i] = source;
            (, uint256 h) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
            held[i] = h;
            total += h;
        }
    }

    /// @dev `_sources[i]` for i < _sources.length, read without the bounds check (no read of the length per element).
    function _sourceAt(uint256 i) internal view returns (address source) {
        assembly ("memory-safe") {
            mstore(0, _sources.slot)
            source := sload(add(keccak256(0, 32), i))
        }
    }

    function _depositsOpen() internal view returns (bool) {
        if (paused) return false;
        (, address unvalued) = _totalAssets();
        return unvalued == address(0);
    }

    /// @dev Checks every target above what its source holds (`current`, read by _holdings) against the source's
    /// absolute and relative caps (a target at or below the holding only keeps or reduces a violation); returns
    /// Σ |target_i − current_i|.
    function _checkTargets(
        address[] memory list,
        uint256[] calldata targets,
        uint256[] memory current,
        uint256 totalBefore
    ) internal view returns (uint256 moved) {
        uint256 n = targets.length;
        for (uint256 i; i < n; ++i) {
            uint256 target = targets[i];
            uint256 held = current[i];
            if (target == held) continue;
            // A source above a cap may keep or shrink its position: only a target above both the cap and what the
            // source holds adds to a violation (M-2: a lowered cap must never lock the keeper out).
            if (target > held) _checkCaps(list[i], target, totalBefore);
            moved += target > held ? target - held : held - target;
        }
    }

    /// @dev Reverts CapExceeded or RelativeCapExceeded if `amount` in `source` is above its absolute cap or above
    /// its relative cap of `totalBefore`.
    function _checkCaps(address source, uint256 amount, uint256 totalBefore) internal view {
        (uint256 cap, uint256 relativeBps) = _capsOf(source);
        if (amount > cap) revert ErrorsLib.CapExceeded(source, amount, cap);
        uint256 limit = Math.mulDiv(totalBefore, relativeBps, BPS);
        if (amount > limit) revert ErrorsLib.RelativeCapExceeded(source, amount, limit);
    }

    /// @dev Withdraws from every source above its target, then deposits into every source below it what it lacked
    /// when read before the moves (`current`): reading it again here would cost a read per deposit, and a source a
    /// withdrawal above moved (one on the same market) is caught where every source is read after the moves
    /// (_checkOutcome: caps on where it landed, and the loss). The idle available to the deposits is counted from
    /// `idleBefore` and what each withdrawal reports, not read again: it only decides between InsufficientIdle and
    /// going ahead, and a transfer of more than the vault holds reverts anyway.
    function _moveAssets(
        address[] memory list,
        uint256[] calldata targets,
        uint256[] memory current,
        uint256 available
    ) internal {
        uint256 n = targets.length;
        for (uint256 i; i < n; ++i) {
            if (current[i] > targets[i]) {
                available += SourceCallLib.withdrawToSelf(list[i], current[i] - targets[i]);
            }
        }
        IERC20 token = IERC20(asset());
        for (uint256 i; i < n; ++i) {
            // Only sources that started below target receive deposits: one just withdrawn from may sit a
            // rounding unit under its target, and topping that up would cost a deposit for dust.
            if (current[i] >= targets[i]) continue;
            address source = list[i];
            uint256 amount = targets[i] - current[i];
            if (amount > available) revert ErrorsLib.InsufficientIdle(amount, available);
            // Sent, then supplied (ISource.deposit): no allowance is ever set, so none can be left behind.
            token.safeTransfer(source, amount);
            ISource(source).deposit(amount);
            unchecked {
                available -= amount; // amount ≤ available
            }
        }
    }

    /// @dev Checks the minimum idle share, the maximum loss and the maximum turnover after a rebalance, and the caps
    /// of every source that received a deposit where it landed, if above its target (a withdrawal from a source on
    /// the same market may have moved it between _holdings and its deposit).
    /// `clock` holds the limits (as read by rebalance).
    function _checkOutcome(
        address[] memory list,
        uint256[] calldata targets,
        uint256[] memory current,
        Clock memory clock,
        uint256 totalBefore,
        uint256 idleBefore,
        uint256 moved
    ) internal view returns (uint256 idleAfter, uint256 totalAfter) {
        idleAfter = _held();
        totalAfter = idleAfter;
        uint256 n = list.length;
        for (uint256 i; i < n; ++i) {
            address source = list[i];
            (, uint256 held) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
            totalAfter += held;
            if (held > targets[i] && current[i] < targets[i]) _checkCaps(source, held, totalBefore);
        }
        uint256 minIdle = Math.mulDiv(totalAfter, clock.minIdleBps, BPS, Math.Rounding.Ceil);
        // Idle below its floor (withdrawals drained it) may stay there as long as it does not shrink: a rebalance
        // that refills it part of the way, within the turnover limit, must pass (M-2).
        if (idleAfter < minIdle && idleAfter < idleBefore) revert ErrorsLib.MinIdleViolated(idleAfter, minIdle);
        uint256 maxLoss = Math.mulDiv(totalBefore, clock.maxLossBps, BPS) + n * ROUNDING_TOLERANCE_PER_SOURCE;
        if (totalAfter + maxLoss < totalBefore) revert ErrorsLib.MaxLossExceeded(totalBefore, totalAfter, maxLoss);
        // turnover = (Σ |target_i − current_i| + |idleAfter − idleBefore|) / 2: the assets that changed place
        uint256 turnover = (moved + (idleAfter > idleBefore ? idleAfter - idleBefore : idleBefore - idleAfter)) / 2;
        uint256 maxTurnover = Math.mulDiv(totalBefore, clock.maxTurnoverBps, BPS);
        if (turnover > maxTurnover) revert ErrorsLib.TurnoverExceeded(turnover, maxTurnover);
    }

    /// @dev Pulls what idle lacks of `assets` from the sources as planned (from `liquid`, what each could pay: see
    /// WithdrawLib.pull), then spends the allowance, burns the shares and pays the receiver what the sources did not
    /// (ERC4626._withdraw). The shares
    /// are burned after the source calls (L-3): while a source runs, totalAssets and totalSupply still both include
    /// the withdrawal, so every view prices the share as before it; withdraw and redeem are nonReentrant, and the
    /// burn checks the balance again. `idleNow` is idle when the withdrawal started (the pulls count up from it).
    /// When idle is 0 and the receiver has no code (an EOA; not address(0)), the sources pay the receiver directly:
    /// the vault's balance then stays at 0 instead of being set from zero and back (a storage write from zero and
    /// a transfer fewer). What counts is still what arrived, measured on the receiver's balance, which only a
    /// transfer to it moves (without code it cannot be a protocol paying itself); while the sources run, what has
    /// arrived counts as idle (WithdrawLib.inFlight), where it would be had they paid the vault (L-3). The receiver
    /// gets what the sources sent, at least `assets` (pull reverts otherwise): a source sends what it is asked, or
    /// when asked for its whole position, what that position was worth when the withdrawal read it (a source sending
    /// more gives away what it holds, which it could do anyway). With idle or a receiver with code, the sources pay
    /// the vault, which pays the receiver.
    function _exit(
        address receiver,
        address owner,
        uint256 assets,
        uint256 shares,
        uint256[] memory liquid,
        uint256 idleNow
    ) internal {
        bool direct;
        if (idleNow < assets) {
            direct = idleNow == 0 && receiver.code.length == 0 && receiver != address(0);
            WithdrawLib.pull(_sources, _queue, IERC20(asset()), direct ? receiver : address(this), assets, liquid, idleNow);
        }
        if (!direct) return _withdraw(_msgSender(), receiver, owner, assets, shares);
        // = ERC4626._withdraw without the transfer: the sources paid the receiver
        address caller = _msgSender();
        if (caller != owner) _spendAllowance(owner, caller, shares);
        _burn(owner, shares);
        emit Withdraw(caller, receiver, owner, assets, shares);
    }

    /// @dev `gross` less the rounding allowance of `touched` sources, floored at 0.
    function _lessRounding(uint256 gross, uint256 touched) internal pure returns (uint256) {
        uint256 allowance = touched * ROUNDING_TOLERANCE_PER_SOURCE;
        return gross > allowance ? gross - allowance : 0;
    }
}
