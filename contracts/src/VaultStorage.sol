// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ISource} from "./interfaces/ISource.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {SourceCallLib} from "./libraries/SourceCallLib.sol";
import {WithdrawLib} from "./libraries/WithdrawLib.sol";
import {VaultLossBudget} from "./VaultLossBudget.sol";

/// @title VaultStorage
/// @notice The Vault's constants, roles, storage and modifiers, and what every part of it reads: idle, total assets
/// (one read per source, a failing source counting as 0), a source's caps and the share conversions. The Vault's
/// parts build on it in one line, VaultStorage ← VaultGovernance ← VaultFee ← VaultFailsafe ← Vault; it declares
/// every state variable of the Vault (after VaultLossBudget's), in the order of the Vault's storage layout.
abstract contract VaultStorage is ERC4626, ReentrancyGuardTransient, VaultLossBudget {
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
    /// @notice Gas budget of one totalAssets()/maxWithdraw()/position() read of a source. A source needing more counts
    /// as broken (0), so adapters must stay well below it.
    uint256 public constant SOURCE_VIEW_GAS = SourceCallLib.VIEW_GAS;
    /// @notice Gas budget of one withdraw call into a source serving a withdrawal: a source whose withdraw reverts or
    /// needs more is skipped (L-1), so a source burning all the gas it gets costs a withdrawal at most this much
    /// (twice if it then reports less liquidity than it was planned for: WithdrawLib.pull asks once more).
    /// The adapters' withdrawals over the local Aave, Comet and ERC-4626 protocols use under 200k (their tests
    /// check it); real ones are dearer (an Aave v3 or Comet withdrawal a few 100k, an ERC-4626 vault such as
    /// MetaMorpho pulling from many markets up to a few million), hence the margin.
    uint256 public constant SOURCE_CALL_GAS = SourceCallLib.CALL_GAS;
    /// @notice Gas budget of one isolated failsafe step (failsafeWithdraw, failsafeDeposit): its call into the
    /// source and its two reads, with room for a third. A step that needs more is skipped like one that reverts (L-1).
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

    // ================================================================ views

    /// @notice Assets held idle by the vault. While a withdrawal paying an address without code runs its sources (they
    /// pay it directly, see Vault._exit), what they have paid it so far counts as idle, where it would be had they
    /// paid the vault: every view prices the share as before the withdrawal (L-3).
    function idle() public view returns (uint256) {
        return _held() + _inFlight();
    }

    /// @notice Idle assets plus every source's totalAssets (a source whose totalAssets() fails counts as 0).
    function totalAssets() public view override returns (uint256 total) {
        (total,) = _totalAssets();
    }

    // ================================================================ internals

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
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

    /// @dev Idle plus every source's totalAssets (0 when it fails), and the first source whose read failed: what the
    /// nonReentrant entry points read (_totalAssetsIdle) plus what a withdrawal in flight has paid its receiver so
    /// far (see idle).
    function _totalAssets() internal view returns (uint256 total, address unvalued) {
        (total, unvalued,) = _totalAssetsIdle();
        total += _inFlight();
    }

    /// @dev _totalAssets, and idle (read once), for the nonReentrant entry points: no withdrawal can be in flight while
    /// one runs (see idle), so idle is the vault's balance.
    function _totalAssetsIdle() internal view returns (uint256 total, address unvalued, uint256 idleNow) {
        idleNow = _held();
        (total, unvalued) = _valued(idleNow);
    }

    /// @dev `idleNow` plus every source's totalAssets() (0 when it fails), in storage order, and the first source whose
    /// read failed.
    function _valued(uint256 idleNow) internal view returns (uint256 total, address unvalued) {
        total = idleNow;
        uint256 slot = WithdrawLib.elements(_sources); // then one per source, their number in _queue
        for (uint256 end = slot + (_queue >> WithdrawLib.QUEUE_COUNT_SHIFT); slot < end; ++slot) {
            address source = WithdrawLib.sourceIn(slot);
            (bool ok, uint256 held) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
            if (ok) total += held;
            else if (unvalued == address(0)) unvalued = source;
        }
    }

    /// @dev What a withdrawal of `assets` reads of the sources, one call per source, in withdraw-queue order. With
    /// `value`: `idleNow` plus every source's value (the total assets, and the first source that could not be valued,
    /// which counts 0). And for the sources the withdrawal looks at (those before idle and the ones before them cover
    /// it), what each could pay out now: their position() (ISource) rather than their totalAssets(), or without
    /// `value` (redeem, which values the sources first to price the shares) their maxWithdraw() alone. `liquid[k]` is
    /// the k-th source of the queue's, for the first liquid.length of them (type(uint256).max as `assets`: every
    /// source). A source whose position() fails is asked for its maxWithdraw() alone (0 when that fails too), so that
    /// a withdrawal can still take what it can pay. For withdraw and redeem `idleNow` is the vault's balance; for the
    /// views, idle() (see _totalAssets).
    function _positions(uint256 idleNow, uint256 assets, bool value)
        internal
        view
        returns (uint256 total, address unvalued, uint256[] memory liquid)
    {
        total = idleNow;
        uint256 queue = _queue;
        uint256 first = WithdrawLib.elements(_sources);
        liquid = new uint256[](queue >> WithdrawLib.QUEUE_COUNT_SHIFT); // its length is the number of sources until the end
        uint256 k;
        // The sources looked at, while idle and those before them (counted up in idleNow) do not cover `assets`.
        // Liquidity read from maxWithdraw() alone never means WHOLE (an absurd answer at worst reads 2**255 less).
        for (; k < liquid.length && idleNow < assets; ++k) {
            address source = WithdrawLib.queuedAt(first, queue, k);
            (bool ok, uint256 held, uint256 free) = SourceCallLib.tryPair(
                source, value ? ISource.position.selector : ISource.maxWithdraw.selector, value ? 64 : 32
            );
            if (!value) {
                free = held & ~WithdrawLib.WHOLE; // maxWithdraw()'s answer, 0 when it failed
            } else if (ok) {
                total += held;
                if (free >= held) free = held | WithdrawLib.WHOLE; // the whole position is liquid
            } else {
                if (unvalued == address(0)) unvalued = source;
                (, free) = SourceCallLib.tryRead(source, ISource.maxWithdraw.selector, true);
                free &= ~WithdrawLib.WHOLE;
            }
            liquid[k] = free;
            idleNow += Math.min(free & ~WithdrawLib.WHOLE, assets - idleNow);
        }
        uint256 looked = k;
        // The others, valued only.
        if (value) {
            for (; k < liquid.length; ++k) {
                address source = WithdrawLib.queuedAt(first, queue, k);
                (bool ok, uint256 held) = SourceCallLib.tryRead(source, ISource.totalAssets.selector, true);
                if (ok) total += held;
                else if (unvalued == address(0)) unvalued = source;
            }
        }
        assembly ("memory-safe") {
            mstore(liquid, looked)
        }
    }

    /// @dev What a withdrawal in flight has paid its receiver so far (WithdrawLib.inFlight; 0 at any other time).
    function _inFlight() private view returns (uint256) {
        return WithdrawLib.inFlight(IERC20(asset()));
    }

    /// @dev The vault's balance of the asset: idle, for the nonReentrant entry points only (see _totalAssetsIdle).
    function _held() internal view returns (uint256) {
        return WithdrawLib.held(IERC20(asset()));
    }

    /// @dev The per-call loss limit, the floor of the rolling budget (VaultLossBudget).
    function _maxLossBps() internal view override returns (uint256) {
        return _clock.maxLossBps;
    }

    /// @dev A source's absolute cap (type(uint256).max: none) and relative cap (bps), one storage read.
    function _capsOf(address source) internal view returns (uint256 absolute, uint256 relativeBps) {
        Caps memory c = _caps[source];
        absolute = c.absolute == type(uint240).max ? type(uint256).max : c.absolute;
        relativeBps = c.relativeBps;
    }
}
