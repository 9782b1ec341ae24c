// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ISource} from "./interfaces/ISource.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {DecisionReceipt} from "./libraries/VaultTypes.sol";
import {SourceCallLib} from "./libraries/SourceCallLib.sol";
import {WithdrawLib} from "./libraries/WithdrawLib.sol";
import {VaultLossBudget} from "./VaultLossBudget.sol";

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
contract Vault is ERC4626, ReentrancyGuardTransient, VaultLossBudget {
    using SafeERC20 for IERC20;

    /// @notice Maximum number of sources.
    uint256 public constant MAX_SOURCES = 20;
    /// @notice Rounding tolerance (asset units) per source: allowed as a total-assets drop during a rebalance, and
    /// charged to a withdrawal for each source it pulls from (the withdrawer bears the protocol's rounding). Adapters
    /// must keep what a partial withdrawal loses to rounding within it.
    uint256 public constant ROUNDING_TOLERANCE_PER_SOURCE = 2;
    /// @notice Rebalance cooldown set by the constructor: a keeper (or a stolen keeper key) cannot rebalance
    /// more than once an hour unless governance explicitly sets another cooldown.
    uint256 public constant DEFAULT_COOLDOWN = 1 hours;
    /// @notice Maximum rebalance cooldown.
    uint256 public constant MAX_COOLDOWN = 30 days;
    /// @notice Maximum performance fee (bps).
    uint256 public constant MAX_FEE = 2000;
    /// @notice Bounds of a non-zero liveness window.
    uint256 public constant MIN_LIVENESS_WINDOW = 1 hours;
    uint256 public constant MAX_LIVENESS_WINDOW = 365 days;
    /// @notice Gas budget of one totalAssets()/maxWithdraw() read of a source. A source needing more counts as
    /// broken (0), so adapters must stay well below it.
    uint256 public constant SOURCE_VIEW_GAS = SourceCallLib.VIEW_GAS;
    /// @notice Gas budget of one withdraw call into a source serving a withdrawal: a source whose withdraw reverts or
    /// needs more is skipped (L-1), so a source burning all the gas it gets costs a withdrawal at most this much
    /// (twice if it then reports less liquidity than it was planned for: WithdrawLib.pull asks once more).
    /// The adapters' withdrawals over the local Aave, Comet and ERC-4626 protocols use under 200k (their tests
    /// check it); real ones are dearer (an Aave v3 or Comet withdrawal a few 100k, an ERC-4626 vault such as
    /// MetaMorpho pulling from many markets up to a few million), hence the margin.
    uint256 public constant SOURCE_CALL_GAS = SourceCallLib.CALL_GAS;
    /// @notice Gas budget of one isolated failsafe step (failsafeWithdraw, failsafeDeposit): its call into the
    /// source and up to three reads. A step that needs more is skipped like one that reverts (L-1).
    uint256 public constant FAILSAFE_STEP_GAS = SOURCE_CALL_GAS + 3 * SOURCE_VIEW_GAS;
    uint256 internal constant WAD = 1e18;
    uint256 internal constant QUEUE_BITS = WithdrawLib.QUEUE_BITS;
    uint256 internal constant QUEUE_MASK = WithdrawLib.QUEUE_MASK;

    /// @notice Governance (a timelock): manages sources, caps, limits and roles.
    address public governance;
    /// @notice Guardian: pauses and lowers caps.
    address public guardian;
    /// @notice Keeper: rebalances.
    address public keeper;
    /// @notice Whether deposits, mints and rebalances are paused.
    bool public paused;
    /// @dev The rebalance clock, one storage slot so that a rebalance reads and writes it once: the cooldown
    /// (cooldown()), the last rebalance's timestamp (lastRebalance()) and the keeper's last activity's
    /// (lastKeeperActivity()), the rebalance limits in bps (minIdleBps(), maxLossBps(), maxTurnoverBps(), each
    /// at most BPS) and whether the failsafe is active (failsafe()). 64 bits hold any timestamp for billions of
    /// years, and the cooldown is at most MAX_COOLDOWN.
    struct Clock {
        uint64 cooldown;
        uint64 lastRebalance;
        uint64 lastKeeperActivity;
        uint16 minIdleBps;
        uint16 maxLossBps;
        uint16 maxTurnoverBps;
        bool failsafe;
    }

    /// @dev A source's caps, one storage slot so that a rebalance reads them at once: the absolute cap (caps(), with
    /// type(uint240).max standing for type(uint256).max, no cap; other caps above type(uint240).max − 1 are refused)
    /// and the relative cap in bps (relativeCaps(), at most BPS).
    struct Caps {
        uint240 absolute;
        uint16 relativeBps;
    }

    Clock internal _clock;
    mapping(address => Caps) internal _caps;
    /// @notice Whether an address is a registered source.
    mapping(address => bool) public isSource;
    address[] internal _sources;
    /// @dev The withdraw queue as indices into `_sources`, QUEUE_BITS bits per position (position k at bit QUEUE_BITS·k
    /// up), and its length (= _sources.length) from bit WithdrawLib.QUEUE_COUNT_SHIFT up: valuing the vault reads the
    /// number of sources here, so a withdrawal reads this slot once, and the sources it visits from `_sources`.
    uint256 internal _queue;
    /// @dev The performance fee (fee(), bps, at most MAX_FEE) and the high-water mark (highWaterMark()) share one
    /// slot: every accrual reads both (240 bits hold any share price the vault's conversions can produce; a write
    /// beyond them would revert).
    uint16 internal _feeBps;
    uint240 internal _hwm;
    /// @notice Receiver of the fee shares.
    address public feeRecipient;
    /// @notice Keeper silence (seconds) after which anyone may trigger the failsafe; 0 = failsafe off.
    uint256 public livenessWindow;
    /// @notice Registered source the failsafe moves unwound funds into (address(0): they stay idle).
    address public safeSource;

    modifier onlyGovernance() {
        if (msg.sender != governance) revert ErrorsLib.NotGovernance();
        _;
    }

    modifier onlyGuardian() {
        if (msg.sender != guardian) revert ErrorsLib.NotGuardian();
        _;
    }

    modifier onlyKeeper() {
        if (msg.sender != keeper) revert ErrorsLib.NotKeeper();
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert ErrorsLib.VaultPaused();
        _;
    }

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

    // ================================================================ governance

    /// @notice Governance-only: registers `source` with its caps and appends it to the withdraw queue. The
    /// source must use this vault's asset and name this vault; no duplicates; at most MAX_SOURCES.
    /// @param source The ISource adapter.
    /// @param absoluteCap Maximum assets the keeper may allocate to it.
    /// @param relativeCapBps Maximum share of total assets the keeper may allocate to it (bps, ≤ 10000).
    function addSource(address source, uint256 absoluteCap, uint256 relativeCapBps) external onlyGovernance {
        if (source == address(0)) revert ErrorsLib.ZeroAddress();
        if (isSource[source]) revert ErrorsLib.SourceAlreadyAdded(source);
        if (_sources.length >= MAX_SOURCES) revert ErrorsLib.MaxSourcesExceeded();
        if (relativeCapBps > BPS) revert ErrorsLib.InvalidBps(relativeCapBps);
        if (ISource(source).asset() != asset() || ISource(source).vault() != address(this)) {
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
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
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
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
        // last-known assets, for the event only: 0 if the source cannot say
        (, uint256 writtenOff) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, false);
        _deregister(source);
        IERC20(asset()).forceApprove(source, 0);
        emit EventsLib.ForceRemoveSource(source, writtenOff);
    }

    /// @notice Governance-only: sets the performance fee (bps of gains above the high-water mark, ≤ MAX_FEE). A
    /// non-zero fee needs a fee recipient. The old fee is accrued first.
    /// @param newFee The new fee.
    function setFee(uint256 newFee) external onlyGovernance {
        if (newFee > MAX_FEE) revert ErrorsLib.MaxFeeExceeded(newFee, MAX_FEE);
        if (newFee != 0 && feeRecipient == address(0)) revert ErrorsLib.ZeroFeeRecipient();
        _accrueFee();
        _feeBps = uint16(newFee); // ≤ MAX_FEE
        emit EventsLib.SetFee(newFee);
    }

    /// @notice Governance-only: sets the fee recipient (address(0) only while the fee is 0). The fee accrued so far
    /// goes to the old recipient.
    /// @param newFeeRecipient The new fee recipient.
    function setFeeRecipient(address newFeeRecipient) external onlyGovernance {
        if (newFeeRecipient == address(0) && _feeBps != 0) revert ErrorsLib.ZeroFeeRecipient();
        _accrueFee();
        feeRecipient = newFeeRecipient;
        emit EventsLib.SetFeeRecipient(newFeeRecipient);
    }

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

    /// @notice Governance-only: sets both caps of a registered source (raising them is thus timelocked).
    /// @param source The source.
    /// @param absoluteCap The new absolute cap (asset units).
    /// @param relativeCapBps The new relative cap (bps of total assets, ≤ 10000).
    function setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) external onlyGovernance {
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
        if (relativeCapBps > BPS) revert ErrorsLib.InvalidBps(relativeCapBps);
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
            if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
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
        if (newMinIdleBps > BPS) revert ErrorsLib.InvalidBps(newMinIdleBps);
        _clock.minIdleBps = uint16(newMinIdleBps); // ≤ BPS
        emit EventsLib.SetMinIdleBps(newMinIdleBps);
    }

    /// @notice Governance-only: sets the maximum total-assets drop per rebalance (bps, ≤ 10000).
    /// @param newMaxLossBps The new maximum loss.
    function setMaxLossBps(uint256 newMaxLossBps) external onlyGovernance {
        if (newMaxLossBps > BPS) revert ErrorsLib.InvalidBps(newMaxLossBps);
        _clock.maxLossBps = uint16(newMaxLossBps); // ≤ BPS
        emit EventsLib.SetMaxLossBps(newMaxLossBps);
    }

    /// @notice Governance-only: sets the maximum share of total assets a rebalance may move (bps, ≤ 10000).
    /// @param newMaxTurnoverBps The new maximum turnover.
    function setMaxTurnoverBps(uint256 newMaxTurnoverBps) external onlyGovernance {
        if (newMaxTurnoverBps > BPS) revert ErrorsLib.InvalidBps(newMaxTurnoverBps);
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
        if (newKeeper == address(0)) revert ErrorsLib.ZeroAddress();
        keeper = newKeeper;
        _clock.lastKeeperActivity = uint64(block.timestamp);
        emit EventsLib.SetKeeper(newKeeper);
    }

    /// @notice Governance-only: sets the guardian.
    /// @param newGuardian The new guardian (non-zero).
    function setGuardian(address newGuardian) external onlyGovernance {
        if (newGuardian == address(0)) revert ErrorsLib.ZeroAddress();
        guardian = newGuardian;
        emit EventsLib.SetGuardian(newGuardian);
    }

    /// @notice Governance-only: hands governance to `newGovernance` (non-zero).
    /// @param newGovernance The new governance.
    function setGovernance(address newGovernance) external onlyGovernance {
        if (newGovernance == address(0)) revert ErrorsLib.ZeroAddress();
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
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
        (uint256 currentAbsolute, uint256 currentRelative) = _capsOf(source);
        if (absoluteCap > currentAbsolute) {
            revert ErrorsLib.AbsoluteCapRaised(source, currentAbsolute, absoluteCap);
        }
        if (relativeCapBps > currentRelative) {
            revert ErrorsLib.RelativeCapRaised(source, currentRelative, relativeCapBps);
        }
        _setCaps(source, absoluteCap, relativeCapBps);
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

    /// @notice Keeper-only: records the keeper as alive (lastKeeperActivity = block.timestamp). Allowed while
    /// paused. Does not clear an active failsafe.
    function heartbeat() external onlyKeeper {
        _clock.lastKeeperActivity = uint64(block.timestamp);
        emit EventsLib.KeeperHeartbeat(msg.sender, block.timestamp);
    }

    // ================================================================ permissionless

    /// @notice Anyone: accrues the performance fee now.
    function accrueFee() external nonReentrant {
        _accrueFee();
    }

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
    /// `source` into idle; reverts if the source's value plus what was received fell by more than the tolerance.
    /// @param source The source to unwind.
    /// @return received The assets received.
    function failsafeWithdraw(address source) external returns (uint256 received) {
        if (msg.sender != address(this)) revert ErrorsLib.NotSelf();
        uint256 held = ISource(source).totalAssets();
        uint256 amount = Math.min(held, ISource(source).maxWithdraw());
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

    /// @notice Performance fee (bps of gains above the high-water mark).
    function fee() external view returns (uint256) {
        return _feeBps;
    }

    /// @notice Highest share price (see sharePrice()) on which the fee was settled.
    function highWaterMark() external view returns (uint256) {
        return _hwm;
    }

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

    /// @notice Timestamp of the keeper's last rebalance or heartbeat (deployment time before the first).
    function lastKeeperActivity() external view returns (uint256) {
        return _clock.lastKeeperActivity;
    }

    /// @notice Number of sources.
    function sourcesLength() external view returns (uint256) {
        return _sources.length;
    }

    /// @notice The `i`-th source.
    /// @param i Index in getSources() order.
    function sourceAt(uint256 i) external view returns (address) {
        return _sources[i];
    }

    /// @notice All sources, in allocation (rebalance targets) order.
    function getSources() external view returns (address[] memory) {
        return _sources;
    }

    /// @notice All sources, in the order withdrawals pull from them once idle is exhausted.
    function getWithdrawQueue() external view returns (address[] memory) {
        return _withdrawQueueList();
    }

    /// @notice Assets held idle by the vault.
    function idle() public view returns (uint256) {
        return WithdrawLib.held(IERC20(asset()));
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

    /// @notice Whether the failsafe is active (rebalances disabled).
    function failsafe() external view returns (bool) {
        return _clock.failsafe;
    }

    /// @notice Assets held for the vault by `source` (0 if it is not registered).
    /// @param source The source.
    /// @dev 0 as well if its totalAssets() fails.
    function sourceAssets(address source) external view returns (uint256 assets) {
        if (!isSource[source]) return 0;
        (, assets) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
    }

    /// @notice Assets withdrawable right now: idle plus every source's maxWithdraw (0 for a source whose
    /// maxWithdraw() fails).
    function availableLiquidity() public view returns (uint256 liquidity) {
        (, liquidity,) = WithdrawLib.plan(_sources, _queue, idle(), type(uint256).max);
    }

    /// @notice The share price as the high-water mark measures it: assets per share, WAD-scaled and per
    /// 10**decimalsOffset share units (1e18 = one asset unit per share unit of the asset's decimals), computed
    /// with the vault's conversion ((totalAssets + 1) / (totalSupply + 10**decimalsOffset)), after the fee that
    /// would accrue now.
    function sharePrice() external view returns (uint256) {
        (, uint256 feeShares, uint256 total,,) = _accruedFee();
        return _sharePrice(total, totalSupply() + feeShares);
    }

    // ================================================================ ERC-4626

    /// @notice Idle assets plus every source's totalAssets (a source whose totalAssets() fails counts as 0).
    function totalAssets() public view override returns (uint256 total) {
        (total,) = _totalAssets();
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
        uint256 idleNow = idle();
        (,, uint256[] memory take) = WithdrawLib.plan(_sources, _queue, idleNow, type(uint256).max);
        uint256 gross = _convertToAssets(balanceOf(owner), Math.Rounding.Floor);
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
        (uint256 touched,,) = WithdrawLib.plan(_sources, _queue, idle(), assets);
        return _convertToShares(assets + touched * ROUNDING_TOLERANCE_PER_SOURCE, Math.Rounding.Ceil);
    }

    /// @notice The assets redeem(shares) pays now: the value of `shares` rounded down, less a rounding allowance of
    /// ROUNDING_TOLERANCE_PER_SOURCE for each source a withdrawal of that value pulls from (see previewWithdraw),
    /// after the fee that would accrue first.
    /// @param shares Shares to redeem.
    function previewRedeem(uint256 shares) public view override returns (uint256) {
        uint256 gross = _convertToAssets(shares, Math.Rounding.Floor);
        (uint256 touched,,) = WithdrawLib.plan(_sources, _queue, idle(), gross);
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
    /// calls is the price before the withdrawal (L-3).
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
        (uint256 total, address unvalued, uint256 idleNow) = _accrueFee();
        uint256 supply = totalSupply();
        uint256[] memory take;
        {
            uint256 touched;
            uint256 covered;
            (touched, covered, take) = WithdrawLib.plan(_sources, _queue, idleNow, assets);
            shares = _convertToSharesWithTotals(
                assets + touched * ROUNDING_TOLERANCE_PER_SOURCE, supply, total, Math.Rounding.Ceil
            );
            if (covered < assets || shares > balanceOf(owner)) {
                revert ERC4626ExceededMaxWithdraw(owner, assets, maxWithdraw(owner));
            }
        }
        if (unvalued != address(0)) _keepMarkDeficit(total, supply, shares);
        _exit(receiver, owner, assets, shares, take, idleNow);
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
        (uint256 total, address unvalued, uint256 idleNow) = _accrueFee();
        uint256 supply = totalSupply();
        uint256 gross = _convertToAssetsWithTotals(shares, supply, total, Math.Rounding.Floor);
        uint256[] memory take;
        {
            uint256 touched;
            uint256 covered;
            (touched, covered, take) = WithdrawLib.plan(_sources, _queue, idleNow, gross);
            if (covered < gross || shares > balanceOf(owner)) {
                revert ERC4626ExceededMaxRedeem(owner, shares, maxRedeem(owner));
            }
            assets = _lessRounding(gross, touched);
        }
        if (unvalued != address(0)) _keepMarkDeficit(total, supply, shares);
        _exit(receiver, owner, assets, shares, take, idleNow);
    }

    // ================================================================ internals

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    /// @dev Conversions (hence previews and max functions) include the fee that would accrue first.
    function _convertToShares(uint256 assets, Math.Rounding rounding) internal view override returns (uint256) {
        (, uint256 feeShares, uint256 total,,) = _accruedFee();
        return _convertToSharesWithTotals(assets, totalSupply() + feeShares, total, rounding);
    }

    /// @dev See _convertToShares.
    function _convertToAssets(uint256 shares, Math.Rounding rounding) internal view override returns (uint256) {
        (, uint256 feeShares, uint256 total,,) = _accruedFee();
        return _convertToAssetsWithTotals(shares, totalSupply() + feeShares, total, rounding);
    }

    function _convertToSharesWithTotals(uint256 assets, uint256 supply, uint256 total, Math.Rounding rounding)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(assets, supply + 10 ** _decimalsOffset(), total + 1, rounding);
    }

    function _convertToAssetsWithTotals(uint256 shares, uint256 supply, uint256 total, Math.Rounding rounding)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(shares, total + 1, supply + 10 ** _decimalsOffset(), rounding);
    }

    /// @dev (total + 1) / (supply + 10**offset), WAD-scaled per 10**offset share units: 1e18 at the start.
    function _sharePrice(uint256 total, uint256 supply) internal pure returns (uint256) {
        uint256 offset = 10 ** _decimalsOffset();
        return Math.mulDiv(total + 1, WAD * offset, supply + offset);
    }

    /// @dev The fee due now. With virtual supply V = totalSupply + 10**offset and price p = (total + 1) / V, the gain
    /// above the high-water mark h is (p − h)·V assets; feeAssets = fee × gain, minted as
    /// feeShares = feeAssets·V / (total + 1 − feeAssets) (MetaMorpho's formula with the virtual offset), which
    /// dilutes every share by exactly feeAssets: the price becomes h + (1 − fee)·(p − h). The high-water mark then
    /// moves to the new price. No real supply: no fee, the mark restarts at the current price (nobody's gain). Fee 0:
    /// the mark follows the price up (turning the fee on later does not charge past gains). A fee rounding to 0 still
    /// moves the mark (less than one wei of fee is forgone): the gap must be settled before the supply changes,
    /// otherwise a new depositor would be charged on a gain made before it entered.
    /// @return feeAssets Fee in assets.
    /// @return feeShares Shares to mint.
    /// @return total Total assets.
    /// @return newHwm The high-water mark after accrual.
    /// @return unvalued The first source whose totalAssets() failed (address(0) if none).
    function _accruedFee()
        internal
        view
        returns (uint256 feeAssets, uint256 feeShares, uint256 total, uint256 newHwm, address unvalued)
    {
        (total, unvalued) = _totalAssets();
        (feeAssets, feeShares, newHwm,) = _feeAt(total);
    }

    /// @dev The fee due at total assets `total` (see _accruedFee), and the high-water mark before (`hwm`).
    function _feeAt(uint256 total)
        internal
        view
        returns (uint256 feeAssets, uint256 feeShares, uint256 newHwm, uint256 hwm)
    {
        uint256 supply = totalSupply();
        uint256 price = _sharePrice(total, supply);
        hwm = _hwm;
        newHwm = hwm;
        uint256 feeBps = _feeBps;
        if (supply == 0 || (feeBps == 0 && price > newHwm)) return (0, 0, price, hwm);
        if (price <= newHwm) return (0, 0, newHwm, hwm);
        uint256 virtualSupply = supply + 10 ** _decimalsOffset();
        uint256 gain = total + 1 - Math.mulDiv(newHwm, virtualSupply, WAD * 10 ** _decimalsOffset(), Math.Rounding.Ceil);
        feeAssets = Math.mulDiv(gain, feeBps, BPS);
        if (feeAssets != 0) {
            feeShares = _convertToSharesWithTotals(feeAssets, supply, total - feeAssets, Math.Rounding.Floor);
        }
        if (feeShares == 0) feeAssets = 0;
        newHwm = Math.max(newHwm, _sharePrice(total, supply + feeShares));
    }

    /// @dev Mints the fee shares due and moves the high-water mark; returns total assets and the first unvalued
    /// source (if any).
    function _accrueFee() internal returns (uint256 total, address unvalued, uint256 idleNow) {
        (total, unvalued, idleNow) = _totalAssetsIdle();
        // = _accrueFeeAt(total), inlined: deposits and withdrawals run this, one internal call fewer
        (uint256 feeAssets, uint256 feeShares, uint256 newHwm, uint256 hwm) = _feeAt(total);
        if (feeShares != 0) _mint(feeRecipient, feeShares);
        if (newHwm != hwm) {
            _hwm = SafeCast.toUint240(newHwm);
            emit EventsLib.AccrueFee(feeAssets, feeShares, newHwm);
        }
    }

    /// @dev _accrueFee at total assets `total`, already read (rebalance reads them with each source's holding).
    function _accrueFeeAt(uint256 total) internal {
        (uint256 feeAssets, uint256 feeShares, uint256 newHwm, uint256 hwm) = _feeAt(total);
        if (feeShares != 0) _mint(feeRecipient, feeShares);
        if (newHwm != hwm) {
            _hwm = SafeCast.toUint240(newHwm);
            emit EventsLib.AccrueFee(feeAssets, feeShares, newHwm);
        }
    }

    /// @dev _accrueFee, refusing deposits while a source cannot be valued.
    function _accrueFeeForDeposit() internal returns (uint256 total) {
        address unvalued;
        (total, unvalued,) = _accrueFee();
        if (unvalued != address(0)) revert ErrorsLib.SourceUnvalued(unvalued);
    }

    /// @dev Idle plus every source's totalAssets (0 when it fails), and the first source whose read failed.
    function _totalAssets() internal view returns (uint256 total, address unvalued) {
        (total, unvalued,) = _totalAssetsIdle();
    }

    /// @dev `_sources[i]` for i < _sources.length, read without the bounds check (no read of the length per element).
    function _sourceAt(uint256 i) internal view returns (address source) {
        assembly ("memory-safe") {
            mstore(0, _sources.slot)
            source := sload(add(keccak256(0, 32), i))
        }
    }

    /// @dev The withdraw queue's addresses, from _queue and _sources (see _queue).
    function _withdrawQueueList() internal view returns (address[] memory queue) {
        uint256 packed = _queue;
        uint256 n = packed >> WithdrawLib.QUEUE_COUNT_SHIFT;
        queue = new address[](n);
        for (uint256 k; k < n; ++k) {
            queue[k] = WithdrawLib.queued(_sources, packed, k);
        }
    }

    /// @dev _totalAssets, and idle (read once).
    function _totalAssetsIdle() internal view returns (uint256 total, address unvalued, uint256 idleNow) {
        idleNow = idle();
        total = idleNow;
        uint256 slot = WithdrawLib.elements(_sources); // then one per source, their number in _queue
        for (uint256 end = slot + (_queue >> WithdrawLib.QUEUE_COUNT_SHIFT); slot < end; ++slot) {
            address source = WithdrawLib.sourceIn(slot);
            (bool ok, uint256 held) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
            if (ok) total += held;
            else if (unvalued == address(0)) unvalued = source;
        }
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
        idleNow = idle();
        total = idleNow;
        for (uint256 i; i < n; ++i) {
            address source = _sourceAt(i);
            list[i] = source;
            (, uint256 h) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
            held[i] = h;
            total += h;
        }
    }

    function _depositsOpen() internal view returns (bool) {
        if (paused) return false;
        (, address unvalued) = _totalAssets();
        return unvalued == address(0);
    }

    /// @dev The per-call loss limit, the floor of the rolling budget (VaultLossBudget).
    function _maxLossBps() internal view override returns (uint256) {
        return _clock.maxLossBps;
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

    /// @dev A source's absolute cap (type(uint256).max: none) and relative cap (bps), one storage read.
    function _capsOf(address source) internal view returns (uint256 absolute, uint256 relativeBps) {
        Caps memory c = _caps[source];
        absolute = c.absolute == type(uint240).max ? type(uint256).max : c.absolute;
        relativeBps = c.relativeBps;
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
        idleAfter = idle();
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

    /// @dev Pulls what idle lacks of `assets` from the sources as planned (`take`, see WithdrawLib), then spends the
    /// allowance, burns the shares and transfers (ERC4626._withdraw). The shares are burned after the source calls
    /// (L-3): while a source runs, totalAssets and totalSupply still both include the withdrawal, so every view
    /// prices the share as before it; withdraw and redeem are nonReentrant, and the burn checks the balance again.
    /// `idleNow` is idle when the withdrawal started (the pulls count up from it).
    function _exit(
        address receiver,
        address owner,
        uint256 assets,
        uint256 shares,
        uint256[] memory take,
        uint256 idleNow
    ) internal {
        WithdrawLib.pull(_sources, _queue, IERC20(asset()), assets, take, idleNow);
        _withdraw(_msgSender(), receiver, owner, assets, shares);
    }

    /// @dev L-4: an exit of `shares` while a source cannot be valued is paid at a price that leaves that source out,
    /// so it leaves part of its value behind for the holders who stay. When the source recovers, that value returns
    /// to them, and it is not performance: at a price p below the mark h, the mark rises so that the holders who stay
    /// must regain the same assets to reach it as before the exit, (h − p)·V with V the virtual supply (h' = h + (h −
    /// p)·shares / (V − shares), rounded up). Real yield above that is charged as usual. The rule errs toward the
    /// holders: if the source never recovers (it is written off) or the price was already below the mark before it
    /// broke, the fee forgoes as much yield as the exit's share of the deficit. At or above the mark nothing changes
    /// (the fee was settled at that price).
    function _keepMarkDeficit(uint256 total, uint256 supply, uint256 shares) internal {
        uint256 hwm = _hwm;
        uint256 price = _sharePrice(total, supply);
        if (price >= hwm) return;
        hwm += Math.mulDiv(hwm - price, shares, supply + 10 ** _decimalsOffset() - shares, Math.Rounding.Ceil);
        _hwm = SafeCast.toUint240(hwm);
        emit EventsLib.RaiseHighWaterMark(hwm);
    }

    /// @dev `gross` less the rounding allowance of `touched` sources, floored at 0.
    function _lessRounding(uint256 gross, uint256 touched) internal pure returns (uint256) {
        uint256 allowance = touched * ROUNDING_TOLERANCE_PER_SOURCE;
        return gross > allowance ? gross - allowance : 0;
    }
}
