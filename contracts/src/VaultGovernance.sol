// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "./interfaces/ISource.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {SourceCallLib} from "./libraries/SourceCallLib.sol";
import {WithdrawLib} from "./libraries/WithdrawLib.sol";
import {VaultStorage} from "./VaultStorage.sol";

/// @title VaultGovernance
/// @notice The Vault's sources and settings (its own part of the Vault, which inherits it): governance adds and
/// removes sources, sets their caps, the withdraw queue, the rebalance limits, the loss budget and the roles; the
/// guardian pauses and lowers caps at once. Also the views of the sources and of these settings. The fee's and the
/// failsafe's setters are in VaultFee and VaultFailsafe.
abstract contract VaultGovernance is VaultStorage {
    using SafeERC20 for IERC20;

    // ================================================================ governance

    /// @notice Governance-only: registers `source` with its caps and appends it to the withdraw queue. The
    /// source must use this vault's asset, name this vault and answer position() (SourceMismatch otherwise); no
    /// duplicates; at most MAX_SOURCES.
    /// @param source The ISource adapter.
    /// @param absoluteCap Maximum assets the keeper may allocate to it.
    /// @param relativeCapBps Maximum share of total assets the keeper may allocate to it (bps, ≤ 10000).
    function addSource(address source, uint256 absoluteCap, uint256 relativeCapBps) external onlyGovernance {
        _nonZero(source);
        if (isSource[source]) revert ErrorsLib.SourceAlreadyAdded(source);
        if (_sources.length >= MAX_SOURCES) revert ErrorsLib.MaxSourcesExceeded();
        _checkBps(relativeCapBps);
        // A source must answer position(), which withdrawals read (an adapter written for an older ISource that
        // lacks it would count as unvalued in every withdrawal that reaches it).
        (bool answers,,) = SourceCallLib.tryPair(source, ISource.position.selector, 64);
        if (ISource(source).asset() != asset() || ISource(source).vault() != address(this) || !answers) {
            revert ErrorsLib.SourceMismatch(source);
        }
        isSource[source] = true;
        uint256 queue = _queue;
        uint256 index = queue >> WithdrawLib.QUEUE_COUNT_SHIFT; // = _sources.length (see _queue)
        _sources.push(source);
        unchecked {
            _queue = (queue | (index << (QUEUE_BITS * index))) + (1 << WithdrawLib.QUEUE_COUNT_SHIFT); // appended
        }
        _storeCaps(source, absoluteCap, relativeCapBps);
        emit EventsLib.AddSource(source, absoluteCap, relativeCapBps);
    }

    /// @notice Governance-only: removes a source from the sources and the withdraw queue (the order of the remaining
    /// sources is kept). Whatever it still holds (the keeper normally empties it first) is withdrawn into idle first,
    /// in one full exit, so that a donation to its adapter cannot block the removal. What that exit does not bring
    /// back, dust the protocol keeps (an ERC-4626 target may keep a share) or a loss, may not exceed
    /// ROUNDING_TOLERANCE_PER_SOURCE (it is written off); otherwise SourceNotEmpty with the amount
    /// (forceRemoveSource writes a source off without calling it).
    /// @param source The source to remove.
    function removeSource(address source) external onlyGovernance nonReentrant {
        _checkSource(source);
        uint256 held = ISource(source).totalAssets();
        if (held > ROUNDING_TOLERANCE_PER_SOURCE) {
            IERC20 token = IERC20(asset());
            uint256 before = token.balanceOf(address(this));
            SourceCallLib.tryCall(source, abi.encodeCall(ISource.withdraw, (held, address(this))));
            uint256 received = token.balanceOf(address(this)) - before;
            if (received + ROUNDING_TOLERANCE_PER_SOURCE < held) {
                revert ErrorsLib.SourceNotEmpty(source, held - received);
            }
        }
        _deregister(source);
        emit EventsLib.RemoveSource(source);
    }

    /// @notice Governance-only: removes `source` even though it still holds assets, without calling into it (it may
    /// revert forever): its assets are written off, so total assets and the share price fall by them. The fee is not
    /// accrued first (no fee is ever taken on assets being written off). Also clears any allowance left to it and
    /// unsets it as the safe source.
    /// @param source The source to remove.
    function forceRemoveSource(address source) external onlyGovernance {
        _checkSource(source);
        // last-known assets, for the event only: 0 if the source cannot say
        (, uint256 writtenOff) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, false);
        _deregister(source);
        IERC20(asset()).forceApprove(source, 0);
        emit EventsLib.ForceRemoveSource(source, writtenOff);
    }

    /// @notice Governance-only: sets both caps of a registered source (raising them is thus timelocked).
    /// @param source The source.
    /// @param absoluteCap The new absolute cap (asset units).
    /// @param relativeCapBps The new relative cap (bps of total assets, ≤ 10000).
    function setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) external onlyGovernance {
        _checkSource(source);
        _checkBps(relativeCapBps);
        _setCaps(source, absoluteCap, relativeCapBps);
    }

    /// @notice Governance-only: sets the withdraw queue, the order in which withdrawals pull from sources once
    /// idle is exhausted. It must be a permutation of getSources().
    /// @param queue Every registered source exactly once.
    function setWithdrawQueue(address[] calldata queue) external onlyGovernance {
        uint256 n = _sources.length;
        if (queue.length != n) revert ErrorsLib.InvalidQueueLength(queue.length, n);
        for (uint256 i; i < n; ++i) {
            address source = queue[i];
            _checkSource(source);
            for (uint256 j; j < i; ++j) {
                if (queue[j] == source) revert ErrorsLib.DuplicateSource(source);
            }
        }
        uint256 packed;
        uint256 first = WithdrawLib.elements(_sources);
        for (uint256 k; k < n; ++k) {
            uint256 index;
            while (WithdrawLib.sourceIn(first + index) != queue[k]) ++index; // present (checked above): index < n
            packed |= index << (QUEUE_BITS * k);
        }
        _queue = packed | (n << WithdrawLib.QUEUE_COUNT_SHIFT);
        emit EventsLib.SetWithdrawQueue(queue);
    }

    /// @notice Governance-only: sets the minimum idle share (bps, ≤ 10000).
    /// @param newMinIdleBps The new minimum idle share.
    function setMinIdleBps(uint256 newMinIdleBps) external onlyGovernance {
        _checkBps(newMinIdleBps);
        _clock.minIdleBps = uint16(newMinIdleBps); // ≤ BPS
        emit EventsLib.SetMinIdleBps(newMinIdleBps);
    }

    /// @notice Governance-only: sets the maximum total-assets drop per rebalance (bps, ≤ 10000).
    /// @param newMaxLossBps The new maximum loss.
    function setMaxLossBps(uint256 newMaxLossBps) external onlyGovernance {
        _checkBps(newMaxLossBps);
        _clock.maxLossBps = uint16(newMaxLossBps); // ≤ BPS
        emit EventsLib.SetMaxLossBps(newMaxLossBps);
    }

    /// @notice Governance-only: sets the maximum share of total assets a rebalance may move (bps, ≤ 10000).
    /// @param newMaxTurnoverBps The new maximum turnover.
    function setMaxTurnoverBps(uint256 newMaxTurnoverBps) external onlyGovernance {
        _checkBps(newMaxTurnoverBps);
        _clock.maxTurnoverBps = uint16(newMaxTurnoverBps); // ≤ BPS
        emit EventsLib.SetMaxTurnoverBps(newMaxTurnoverBps);
    }

    /// @notice Governance-only: sets the minimum delay between rebalances (seconds, ≤ MAX_COOLDOWN). The
    /// constructor sets DEFAULT_COOLDOWN; 0 (a rebalance every block) is accepted only as this explicit choice.
    /// @param newCooldown The new cooldown.
    function setCooldown(uint256 newCooldown) external onlyGovernance {
        if (newCooldown > MAX_COOLDOWN) revert ErrorsLib.InvalidCooldown(newCooldown, MAX_COOLDOWN);
        _clock.cooldown = uint64(newCooldown); // ≤ MAX_COOLDOWN
        emit EventsLib.SetCooldown(newCooldown);
    }

    /// @notice Governance-only: sets the length of the rolling rebalance loss window (seconds, within
    /// [MIN_LOSS_WINDOW, MAX_LOSS_WINDOW]). The losses already charged within the old window count as charged now,
    /// so a change never frees budget early. 0 is refused rather than read as "off": it would leave only the
    /// per-call maxLossBps, i.e. no cumulative limit at all. To loosen the budget, raise maxWindowLossBps instead
    /// (up to 10000), which stays visible as a number of bps.
    /// @param newLossWindow The new window length.
    function setLossWindow(uint256 newLossWindow) external onlyGovernance {
        _setLossWindow(newLossWindow);
    }

    /// @notice Governance-only: sets the rolling loss budget (bps of share value per lossWindow, ≤ 10000; see
    /// maxWindowLossBps). Takes effect at once, for the losses already charged too.
    /// @param newMaxWindowLossBps The new maximum window loss.
    function setMaxWindowLossBps(uint256 newMaxWindowLossBps) external onlyGovernance {
        _setMaxWindowLossBps(newMaxWindowLossBps);
    }

    /// @notice Governance-only: sets the keeper, with a fresh liveness window (lastKeeperActivity = now): the new
    /// keeper is not answerable for the old one's silence.
    /// @param newKeeper The new keeper (non-zero).
    function setKeeper(address newKeeper) external onlyGovernance {
        _nonZero(newKeeper);
        keeper = newKeeper;
        _clock.lastKeeperActivity = uint64(block.timestamp);
        emit EventsLib.SetKeeper(newKeeper);
    }

    /// @notice Governance-only: sets the guardian.
    /// @param newGuardian The new guardian (non-zero).
    function setGuardian(address newGuardian) external onlyGovernance {
        _nonZero(newGuardian);
        guardian = newGuardian;
        emit EventsLib.SetGuardian(newGuardian);
    }

    /// @notice Governance-only: hands governance to `newGovernance` (non-zero).
    /// @param newGovernance The new governance.
    function setGovernance(address newGovernance) external onlyGovernance {
        _nonZero(newGovernance);
        governance = newGovernance;
        emit EventsLib.SetGovernance(newGovernance);
    }

    // ================================================================ guardian

    /// @notice Guardian-only: pauses deposits, mints and rebalances. Withdrawals and redemptions stay open.
    function pause() external onlyGuardian {
        if (paused) revert ErrorsLib.VaultPaused();
        paused = true;
        emit EventsLib.Paused(msg.sender);
    }

    /// @notice Guardian or governance: lifts the pause.
    function unpause() external {
        if (msg.sender != guardian && msg.sender != governance) revert ErrorsLib.NotGuardianOrGovernance();
        if (!paused) revert ErrorsLib.VaultNotPaused();
        paused = false;
        emit EventsLib.Unpaused(msg.sender);
    }

    /// @notice Guardian-only: lowers the caps of a source at once (no timelock). Reverts if either cap would
    /// rise; keeping a cap unchanged is allowed.
    /// @param source The source.
    /// @param absoluteCap The new absolute cap, ≤ the current one.
    /// @param relativeCapBps The new relative cap (bps), ≤ the current one.
    function lowerCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) external onlyGuardian {
        _checkSource(source);
        (uint256 currentAbsolute, uint256 currentRelative) = _capsOf(source);
        if (absoluteCap > currentAbsolute) {
            revert ErrorsLib.AbsoluteCapRaised(source, currentAbsolute, absoluteCap);
        }
        if (relativeCapBps > currentRelative) {
            revert ErrorsLib.RelativeCapRaised(source, currentRelative, relativeCapBps);
        }
        _setCaps(source, absoluteCap, relativeCapBps);
    }

    // ================================================================ views

    /// @notice Minimum share of total assets kept idle after a rebalance (bps).
    function minIdleBps() external view returns (uint256) {
        return _clock.minIdleBps;
    }

    /// @notice Maximum drop of total assets allowed during a rebalance (bps of total assets before), on top of
    /// ROUNDING_TOLERANCE_PER_SOURCE per source.
    function maxLossBps() external view returns (uint256) {
        return _clock.maxLossBps;
    }

    /// @notice Maximum share of total assets a rebalance may move (bps).
    function maxTurnoverBps() external view returns (uint256) {
        return _clock.maxTurnoverBps;
    }

    /// @notice Minimum delay between two rebalances (seconds); DEFAULT_COOLDOWN until governance sets another.
    function cooldown() external view returns (uint256) {
        return _clock.cooldown;
    }

    /// @notice Timestamp of the last rebalance (0 before the first).
    function lastRebalance() external view returns (uint256) {
        return _clock.lastRebalance;
    }

    /// @notice All sources, in allocation (rebalance targets) order.
    function getSources() external view returns (address[] memory) {
        return _sources;
    }

    /// @notice The withdraw queue, the order withdrawals pull from the sources once idle is exhausted, packed: the
    /// k-th source of the queue is getSources()[(withdrawQueuePacked() >> (5·k)) & 31], for k below the number of
    /// sources, which sits from bit 248 up (withdrawQueuePacked() >> 248). SetWithdrawQueue gives it as addresses.
    function withdrawQueuePacked() external view returns (uint256) {
        return _queue;
    }

    /// @notice Absolute allocation cap (asset units) of `source` (type(uint256).max: none; 0 if not registered).
    /// @param source The source.
    function caps(address source) external view returns (uint256 absoluteCap) {
        (absoluteCap,) = _capsOf(source);
    }

    /// @notice Relative allocation cap of `source`, in bps of total assets (0 if not registered).
    /// @param source The source.
    function relativeCaps(address source) external view returns (uint256 relativeCapBps) {
        relativeCapBps = _caps[source].relativeBps;
    }

    // ================================================================ internals

    /// @dev Reverts UnknownSource for an address that is not a registered source.
    function _checkSource(address source) internal view {
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
    }

    /// @dev Reverts InvalidBps for more than BPS (100%).
    function _checkBps(uint256 bps) internal pure {
        if (bps > BPS) revert ErrorsLib.InvalidBps(bps);
    }

    /// @dev Reverts ZeroAddress for address(0).
    function _nonZero(address account) internal pure {
        if (account == address(0)) revert ErrorsLib.ZeroAddress();
    }

    /// @dev Removes a source from the sources and the withdraw queue and clears its settings.
    function _deregister(address source) internal {
        uint256 queue = _queue;
        uint256 n = queue >> WithdrawLib.QUEUE_COUNT_SHIFT;
        uint256 index;
        while (_sources[index] != source) ++index; // registered: present
        // The queue without the source's position, the indices above the source's one lower (those sources move down).
        uint256 packed;
        uint256 k;
        for (uint256 position; position < n; ++position) {
            uint256 entry = (queue >> (QUEUE_BITS * position)) & QUEUE_MASK;
            if (entry == index) continue;
            packed |= (entry > index ? entry - 1 : entry) << (QUEUE_BITS * k++);
        }
        _queue = packed | ((n - 1) << WithdrawLib.QUEUE_COUNT_SHIFT);
        _removeFrom(_sources, source);
        delete isSource[source];
        delete _caps[source];
        if (safeSource == source) {
            delete safeSource;
            emit EventsLib.SetSafeSource(address(0));
        }
    }

    function _setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) internal {
        _storeCaps(source, absoluteCap, relativeCapBps);
        emit EventsLib.SetCaps(msg.sender, source, absoluteCap, relativeCapBps);
    }

    /// @dev Stores both caps in one slot (see Caps); reverts InvalidCap for an absolute cap from type(uint240).max to
    /// type(uint256).max − 1. The callers check relativeCapBps ≤ BPS.
    function _storeCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) internal {
        uint240 absolute = type(uint240).max;
        if (absoluteCap != type(uint256).max) {
            if (absoluteCap >= type(uint240).max) revert ErrorsLib.InvalidCap(absoluteCap);
            absolute = uint240(absoluteCap);
        }
        _caps[source] = Caps(absolute, uint16(relativeCapBps));
    }

    /// @dev Removes `item` (known to be present) from `list`, keeping the order of the others.
    function _removeFrom(address[] storage list, address item) internal {
        uint256 n = list.length;
        uint256 i;
        while (list[i] != item) ++i;
        for (; i + 1 < n; ++i) {
            list[i] = list[i + 1];
        }
        list.pop();
    }
}
