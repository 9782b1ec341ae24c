// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";

/// @title VaultLossBudget
/// @notice The Vault's rolling rebalance loss budget (its own part of the Vault, which inherits it): within any span
/// of lossWindow seconds, the rebalances' losses, each beyond the sources' rounding tolerance and taken as a fraction
/// of total assets just before it, sum to at most max(maxWindowLossBps, the per-call maxLossBps). The Vault sets the
/// window and the budget through its governance setters and charges every rebalance's loss (_chargeWindowLoss).
abstract contract VaultLossBudget {
    uint256 internal constant BPS = 10_000;
    /// @notice Bounds of the rebalance loss window. There is no "off" value: a window shorter than
    /// MIN_LOSS_WINDOW would let a keeper spread many per-call losses over windows that reopen between its calls.
    uint256 public constant MIN_LOSS_WINDOW = 1 hours;
    uint256 public constant MAX_LOSS_WINDOW = 30 days;
    /// @notice The rolling loss budget sums the losses charged in the newest LOSS_SLOTS sub-windows, each
    /// ceil(lossWindow / (LOSS_SLOTS − 1)) seconds long, so every span of lossWindow seconds lies within the sum.
    uint256 public constant LOSS_SLOTS = 7;
    /// @notice Losses are charged in parts per billion of the vault's value at the time (1e9 = all of it).
    uint256 public constant LOSS_UNIT = 1e9;

    /// @notice Length (seconds) of the rolling window over which rebalance losses are budgeted, within
    /// [MIN_LOSS_WINDOW, MAX_LOSS_WINDOW].
    uint256 public lossWindow = 1 days;
    /// @notice Maximum share value rebalances may lose within any span of lossWindow seconds, in bps: the sum,
    /// over the rebalances in the span, of each one's loss beyond ROUNDING_TOLERANCE_PER_SOURCE per source as a
    /// fraction of total assets just before it (so the per-share value of a holder who stays through the span
    /// falls by at most that much, whoever deposits or exits in between). The effective budget is never below
    /// maxLossBps, so that one rebalance within the per-call limit always fits after a quiet span.
    uint256 public maxWindowLossBps = 20;
    /// @dev The rolling loss ledger: bits 0–31 the index of the newest sub-window (block.timestamp divided by the
    /// sub-window length), then LOSS_SLOTS × 32 bits, newest first: the losses charged in it and the ones before
    /// (LOSS_UNIT units). One slot: a rebalance without a loss neither reads nor writes it.
    uint256 internal _lossLedger;

    /// @notice The share value rebalances lost within the last lossWindow (LOSS_UNIT units, 1e9 = all of it), as
    /// the rolling budget counts it: the losses charged in the newest LOSS_SLOTS sub-windows.
    function windowLoss() external view returns (uint256) {
        return _ledgerSum(_rolledLedger());
    }

    /// @notice The rolling loss budget in LOSS_UNIT units: max(maxWindowLossBps, maxLossBps) bps.
    function windowLossBudget() public view returns (uint256) {
        return Math.max(maxWindowLossBps, _maxLossBps()) * (LOSS_UNIT / BPS);
    }

    /// @dev The per-call loss limit in bps (the Vault's maxLossBps), the floor of the budget.
    function _maxLossBps() internal view virtual returns (uint256);

    /// @dev setLossWindow: the losses already charged within the old window count as charged now, so a change never
    /// frees budget early.
    function _setLossWindow(uint256 newLossWindow) internal {
        if (newLossWindow < MIN_LOSS_WINDOW || newLossWindow > MAX_LOSS_WINDOW) {
            revert ErrorsLib.InvalidLossWindow(newLossWindow, MIN_LOSS_WINDOW, MAX_LOSS_WINDOW);
        }
        uint256 charged = _ledgerSum(_rolledLedger());
        lossWindow = newLossWindow;
        _lossLedger = (charged << 32) | (block.timestamp / _lossSlotLength());
        emit EventsLib.SetLossWindow(newLossWindow);
    }

    /// @dev setMaxWindowLossBps (≤ BPS).
    function _setMaxWindowLossBps(uint256 newMaxWindowLossBps) internal {
        if (newMaxWindowLossBps > BPS) revert ErrorsLib.InvalidBps(newMaxWindowLossBps);
        maxWindowLossBps = newMaxWindowLossBps;
        emit EventsLib.SetMaxWindowLossBps(newMaxWindowLossBps);
    }

    /// @dev Charges the rebalance's loss beyond the rounding tolerance, as a fraction of totalBefore rounded up
    /// (LOSS_UNIT units), to the newest sub-window of the rolling ledger, and reverts WindowLossExceeded if the
    /// losses of the newest LOSS_SLOTS sub-windows then exceed the budget, max(maxWindowLossBps, maxLossBps) bps.
    /// Runs after the interactions (the loss is only known then); rebalance is nonReentrant. `tolerance` is the
    /// rounding tolerance of the vault's sources together.
    function _chargeWindowLoss(uint256 totalBefore, uint256 totalAfter, uint256 tolerance) internal {
        if (totalAfter + tolerance >= totalBefore) return;
        uint256 loss = Math.mulDiv(totalBefore - totalAfter - tolerance, LOSS_UNIT, totalBefore, Math.Rounding.Ceil);
        uint256 ledger = _rolledLedger();
        uint256 charged = _ledgerSum(ledger) + loss;
        uint256 budget = windowLossBudget();
        if (charged > budget) revert ErrorsLib.WindowLossExceeded(charged, budget);
        // charged ≤ budget ≤ LOSS_UNIT < 2^32: the newest sub-window's 32 bits cannot overflow
        _lossLedger = ledger + (loss << 32);
    }

    /// @dev The length of one sub-window of the rolling ledger: ceil(lossWindow / (LOSS_SLOTS − 1)), so that a span
    /// of lossWindow seconds touches at most LOSS_SLOTS of them.
    function _lossSlotLength() internal view returns (uint256) {
        return Math.ceilDiv(lossWindow, LOSS_SLOTS - 1);
    }

    /// @dev The ledger moved forward to the sub-window of block.timestamp: older entries shift toward the end and
    /// those more than LOSS_SLOTS − 1 sub-windows old fall out.
    function _rolledLedger() internal view returns (uint256) {
        uint256 ledger = _lossLedger;
        uint256 current = block.timestamp / _lossSlotLength();
        uint256 age = current - (ledger & type(uint32).max);
        uint256 losses = age >= LOSS_SLOTS ? 0 : ((ledger >> 32) << (32 * age)) & ((1 << (32 * LOSS_SLOTS)) - 1);
        return (losses << 32) | current;
    }

    /// @dev The losses a ledger holds, summed.
    function _ledgerSum(uint256 ledger) internal pure returns (uint256 sum) {
        for (uint256 i; i < LOSS_SLOTS; ++i) {
            sum += (ledger >> (32 * (i + 1))) & type(uint32).max;
        }
    }
}
