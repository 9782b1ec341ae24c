// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ISource} from "./interfaces/ISource.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {SourceCallLib} from "./libraries/SourceCallLib.sol";
import {WithdrawLib} from "./libraries/WithdrawLib.sol";
import {VaultFee} from "./VaultFee.sol";

/// @title VaultFailsafe
/// @notice The Vault's keeper liveness failsafe (its own part of the Vault, which inherits it): the keeper signals
/// liveness (heartbeat, every rebalance); when governance set a livenessWindow and the keeper has been silent for
/// longer, anyone may trigger the failsafe: rebalances stop and everything withdrawable is moved out of the sources
/// into idle, or into the governance-approved safe source within its caps, each step isolated and gas-bounded
/// (FAILSAFE_STEP_GAS). Only governance clears it.
abstract contract VaultFailsafe is VaultFee {
    using SafeERC20 for IERC20;

    // ================================================================ governance

    /// @notice Governance-only: sets the keeper silence (seconds) after which anyone may trigger the failsafe:
    /// 0 (off) or within [MIN_LIVENESS_WINDOW, MAX_LIVENESS_WINDOW]. Starts a fresh window (lastKeeperActivity =
    /// now): a keeper that was not required to show itself (the failsafe was off, or the window longer) cannot be
    /// found silent by a window that did not exist yet, so the failsafe can be triggered only once the keeper stays
    /// silent for the whole new window.
    /// @param newLivenessWindow The new window.
    function setLivenessWindow(uint256 newLivenessWindow) external onlyGovernance {
        if (
            newLivenessWindow != 0
                && (newLivenessWindow < MIN_LIVENESS_WINDOW || newLivenessWindow > MAX_LIVENESS_WINDOW)
        ) {
            revert ErrorsLib.InvalidLivenessWindow(newLivenessWindow, MIN_LIVENESS_WINDOW, MAX_LIVENESS_WINDOW);
        }
        livenessWindow = newLivenessWindow;
        _clock.lastKeeperActivity = uint64(block.timestamp);
        emit EventsLib.SetLivenessWindow(newLivenessWindow);
    }

    /// @notice Governance-only: sets the registered source the failsafe moves unwound funds into, within its caps
    /// (address(0): they stay idle).
    /// @param newSafeSource A registered source, or address(0).
    function setSafeSource(address newSafeSource) external onlyGovernance {
        if (newSafeSource != address(0) && !isSource[newSafeSource]) revert ErrorsLib.UnknownSource(newSafeSource);
        safeSource = newSafeSource;
        emit EventsLib.SetSafeSource(newSafeSource);
    }

    /// @notice Governance-only: clears the failsafe (rebalances resume) and gives the keeper a fresh liveness
    /// window (lastKeeperActivity = now), so that the failsafe cannot be re-triggered before the keeper could act.
    function clearFailsafe() external onlyGovernance {
        if (!_clock.failsafe) revert ErrorsLib.FailsafeNotActive();
        _clock.failsafe = false;
        _clock.lastKeeperActivity = uint64(block.timestamp);
        emit EventsLib.FailsafeCleared(msg.sender);
    }

    // ================================================================ keeper

    /// @notice Keeper-only: records the keeper as alive (lastKeeperActivity = block.timestamp). Allowed while
    /// paused. Does not clear an active failsafe.
    function heartbeat() external onlyKeeper {
        _clock.lastKeeperActivity = uint64(block.timestamp);
        emit EventsLib.KeeperHeartbeat(msg.sender, block.timestamp);
    }

    // ================================================================ permissionless

    /// @notice Anyone, once the keeper has been silent for more than livenessWindow (which must be non-zero):
    /// activates the failsafe (rebalances stop until governance clears it) and unwinds (see unwindFailsafe).
    function triggerFailsafe() external nonReentrant {
        if (_clock.failsafe) revert ErrorsLib.FailsafeActive();
        uint256 window = livenessWindow;
        if (window == 0) revert ErrorsLib.FailsafeDisabled();
        uint256 lastActivity = _clock.lastKeeperActivity;
        uint256 deadline = lastActivity + window;
        if (block.timestamp <= deadline) revert ErrorsLib.KeeperLive(deadline);
        _clock.failsafe = true;
        emit EventsLib.FailsafeTriggered(msg.sender, lastActivity);
        _accrueFee();
        _unwind();
    }

    /// @notice Anyone, while the failsafe is active: withdraws min(totalAssets, maxWithdraw) from every source but
    /// the safe source into idle, each in isolation (a source that reverts, needs more than FAILSAFE_STEP_GAS or
    /// would lose more than maxLossBps of the amount plus rounding is skipped); then, unless paused, deposits what
    /// was just pulled into the safe source, keeping minIdleBps idle, within its caps and its maxDeposit (and
    /// skipped likewise if it fails). Call it again to pull what became liquid since. Reverts SourceCallOutOfGas if a
    /// step failed with less than FAILSAFE_STEP_GAS given to it (retry with more gas).
    function unwindFailsafe() external nonReentrant {
        if (!_clock.failsafe) revert ErrorsLib.FailsafeNotActive();
        _accrueFee();
        _unwind();
    }

    /// @notice Only the vault itself (one isolated failsafe step): withdraws min(totalAssets, maxWithdraw) of
    /// `source` into idle, both read in one position() call; reverts if the source's value plus what was received fell by more than the tolerance.
    /// @param source The source to unwind.
    /// @return received The assets received.
    function failsafeWithdraw(address source) external returns (uint256 received) {
        if (msg.sender != address(this)) revert ErrorsLib.NotSelf();
        (uint256 held, uint256 amount) = ISource(source).position();
        amount = Math.min(held, amount);
        if (amount == 0) return 0;
        IERC20 token = IERC20(asset());
        uint256 before = token.balanceOf(address(this));
        ISource(source).withdraw(amount, address(this));
        received = token.balanceOf(address(this)) - before;
        _checkFailsafeLoss(source, held, ISource(source).totalAssets() + received, amount);
    }

    /// @notice Only the vault itself (one isolated failsafe step): deposits `amount` of idle into `source`;
    /// reverts if the source's value grew by less than `amount` minus the tolerance.
    /// @param source The safe source.
    /// @param amount The assets to deposit.
    function failsafeDeposit(address source, uint256 amount) external {
        if (msg.sender != address(this)) revert ErrorsLib.NotSelf();
        uint256 held = ISource(source).totalAssets();
        IERC20(asset()).safeTransfer(source, amount);
        ISource(source).deposit(amount);
        _checkFailsafeLoss(source, held + amount, ISource(source).totalAssets(), amount);
    }

    // ================================================================ views

    /// @notice Timestamp of the keeper's last rebalance or heartbeat (deployment time before the first).
    function lastKeeperActivity() external view returns (uint256) {
        return _clock.lastKeeperActivity;
    }

    /// @notice Whether the failsafe is active (rebalances disabled).
    function failsafe() external view returns (bool) {
        return _clock.failsafe;
    }

    // ================================================================ internals

    /// @dev One failsafe pass: every source but the safe one into idle, then what was pulled into the safe source.
    function _unwind() internal {
        address safe = safeSource;
        uint256 pulled;
        uint256 slot = WithdrawLib.elements(_sources); // their number from _queue, which the fee accrual read
        for (uint256 end = slot + (_queue >> WithdrawLib.QUEUE_COUNT_SHIFT); slot < end; ++slot) {
            address source = WithdrawLib.sourceIn(slot);
            if (source == safe) continue;
            bool full = SourceCallLib.fits(FAILSAFE_STEP_GAS);
            try this.failsafeWithdraw{gas: FAILSAFE_STEP_GAS}(source) returns (uint256 received) {
                if (received != 0) {
                    pulled += received;
                    emit EventsLib.FailsafeWithdraw(source, received);
                }
            } catch {
                if (!full) revert ErrorsLib.SourceCallOutOfGas(source);
                emit EventsLib.FailsafeSkipped(source);
            }
        }
        if (safe == address(0) || paused || pulled == 0) return;
        (bool ok, uint256 held) = SourceCallLib.tryRead(safe, ISource.totalAssets.selector, true);
        uint256 total = totalAssets();
        uint256 idleNow = idle();
        uint256 minIdle = Math.mulDiv(total, _clock.minIdleBps, BPS, Math.Rounding.Ceil);
        uint256 amount = Math.min(pulled, idleNow > minIdle ? idleNow - minIdle : 0);
        (uint256 cap, uint256 relativeBps) = _capsOf(safe);
        amount = Math.min(amount, _room(cap, held));
        amount = Math.min(amount, _room(Math.mulDiv(total, relativeBps, BPS), held));
        (, uint256 depositable) = SourceCallLib.tryRead(safe, ISource.maxDeposit.selector, true);
        amount = Math.min(amount, depositable);
        if (!ok || amount == 0) return;
        bool fullBudget = SourceCallLib.fits(FAILSAFE_STEP_GAS);
        try this.failsafeDeposit{gas: FAILSAFE_STEP_GAS}(safe, amount) {
            emit EventsLib.FailsafeDeposit(safe, amount);
        } catch {
            if (!fullBudget) revert ErrorsLib.SourceCallOutOfGas(safe);
            emit EventsLib.FailsafeSkipped(safe);
        }
    }

    /// @dev Reverts FailsafeLoss if `valueAfter` is below `valueBefore` by more than maxLossBps of `amount` plus the
    /// per-source rounding tolerance.
    function _checkFailsafeLoss(address source, uint256 valueBefore, uint256 valueAfter, uint256 amount) internal view {
        uint256 maxLoss = Math.mulDiv(amount, _clock.maxLossBps, BPS) + ROUNDING_TOLERANCE_PER_SOURCE;
        if (valueAfter + maxLoss < valueBefore) {
            revert ErrorsLib.FailsafeLoss(source, valueBefore - valueAfter, maxLoss);
        }
    }

    function _room(uint256 cap, uint256 held) internal pure returns (uint256) {
        return cap > held ? cap - held : 0;
    }
}
