// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ISource} from "./interfaces/ISource.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {DecisionReceipt} from "./libraries/VaultTypes.sol";

/// @title Vault
/// @notice ERC-4626 vault holding one asset: it keeps a minimum share idle and lets a keeper allocate the rest
/// across capped yield sources (ISource adapters). Withdrawals are served from idle first, then from sources
/// in withdraw-queue order.
/// @dev Roles:
/// - governance (meant to be an OpenZeppelin TimelockController, so every governance action is delayed): adds and
///   removes sources, sets caps, limits, the withdraw queue and the roles;
/// - guardian: pauses deposits/mints/rebalances (never withdrawals) and lowers caps at once; it should also hold
///   the timelock's CANCELLER_ROLE to veto pending governance operations;
/// - keeper: rebalances within the limits and signals liveness.
contract Vault is ERC4626, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Maximum number of sources.
    uint256 public constant MAX_SOURCES = 20;
    /// @notice Rounding tolerance (asset units) per source allowed as a total-assets drop during a rebalance.
    uint256 public constant ROUNDING_TOLERANCE_PER_SOURCE = 2;
    /// @notice Maximum rebalance cooldown.
    uint256 public constant MAX_COOLDOWN = 30 days;
    uint256 internal constant BPS = 10_000;

    /// @notice Governance (a timelock): manages sources, caps, limits and roles.
    address public governance;
    /// @notice Guardian: pauses and lowers caps.
    address public guardian;
    /// @notice Keeper: rebalances.
    address public keeper;
    /// @notice Whether deposits, mints and rebalances are paused.
    bool public paused;
    /// @notice Minimum share of total assets kept idle after a rebalance (bps).
    uint256 public minIdleBps;
    /// @notice Maximum drop of total assets allowed during a rebalance (bps of total assets before), on top of
    /// ROUNDING_TOLERANCE_PER_SOURCE per source.
    uint256 public maxLossBps = 10;
    /// @notice Maximum share of total assets a rebalance may move (bps).
    uint256 public maxTurnoverBps = BPS;
    /// @notice Minimum delay between two rebalances (seconds).
    uint256 public cooldown;
    /// @notice Timestamp of the last rebalance (0 before the first).
    uint256 public lastRebalance;
    /// @notice Timestamp of the keeper's last rebalance or heartbeat (deployment time before the first).
    uint256 public lastKeeperActivity;
    /// @notice Absolute allocation cap (asset units) per source.
    mapping(address => uint256) public caps;
    /// @notice Relative allocation cap per source, in bps of total assets.
    mapping(address => uint256) public relativeCaps;
    /// @notice Whether an address is a registered source.
    mapping(address => bool) public isSource;
    address[] internal _sources;
    address[] internal _withdrawQueue;

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
        minIdleBps = minIdleBps_;
        lastKeeperActivity = block.timestamp;
        emit EventsLib.SetGovernance(governance_);
        emit EventsLib.SetGuardian(guardian_);
        emit EventsLib.SetKeeper(keeper_);
        emit EventsLib.SetMinIdleBps(minIdleBps_);
        emit EventsLib.SetMaxLossBps(maxLossBps);
        emit EventsLib.SetMaxTurnoverBps(maxTurnoverBps);
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
        _sources.push(source);
        _withdrawQueue.push(source);
        caps[source] = absoluteCap;
        relativeCaps[source] = relativeCapBps;
        emit EventsLib.AddSource(source, absoluteCap, relativeCapBps);
    }

    /// @notice Governance-only: removes a source that holds nothing, from the sources and the withdraw queue
    /// (the order of the remaining sources is kept).
    /// @param source The source to remove.
    function removeSource(address source) external onlyGovernance {
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
        uint256 held = ISource(source).totalAssets();
        if (held != 0) revert ErrorsLib.SourceNotEmpty(source, held);
        _removeFrom(_sources, source);
        _removeFrom(_withdrawQueue, source);
        delete isSource[source];
        delete caps[source];
        delete relativeCaps[source];
        emit EventsLib.RemoveSource(source);
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
        _withdrawQueue = queue;
        emit EventsLib.SetWithdrawQueue(queue);
    }

    /// @notice Governance-only: sets the minimum idle share (bps, ≤ 10000).
    /// @param newMinIdleBps The new minimum idle share.
    function setMinIdleBps(uint256 newMinIdleBps) external onlyGovernance {
        if (newMinIdleBps > BPS) revert ErrorsLib.InvalidBps(newMinIdleBps);
        minIdleBps = newMinIdleBps;
        emit EventsLib.SetMinIdleBps(newMinIdleBps);
    }

    /// @notice Governance-only: sets the maximum total-assets drop per rebalance (bps, ≤ 10000).
    /// @param newMaxLossBps The new maximum loss.
    function setMaxLossBps(uint256 newMaxLossBps) external onlyGovernance {
        if (newMaxLossBps > BPS) revert ErrorsLib.InvalidBps(newMaxLossBps);
        maxLossBps = newMaxLossBps;
        emit EventsLib.SetMaxLossBps(newMaxLossBps);
    }

    /// @notice Governance-only: sets the maximum share of total assets a rebalance may move (bps, ≤ 10000).
    /// @param newMaxTurnoverBps The new maximum turnover.
    function setMaxTurnoverBps(uint256 newMaxTurnoverBps) external onlyGovernance {
        if (newMaxTurnoverBps > BPS) revert ErrorsLib.InvalidBps(newMaxTurnoverBps);
        maxTurnoverBps = newMaxTurnoverBps;
        emit EventsLib.SetMaxTurnoverBps(newMaxTurnoverBps);
    }

    /// @notice Governance-only: sets the minimum delay between rebalances (seconds, ≤ MAX_COOLDOWN).
    /// @param newCooldown The new cooldown.
    function setCooldown(uint256 newCooldown) external onlyGovernance {
        if (newCooldown > MAX_COOLDOWN) revert ErrorsLib.InvalidCooldown(newCooldown, MAX_COOLDOWN);
        cooldown = newCooldown;
        emit EventsLib.SetCooldown(newCooldown);
    }

    /// @notice Governance-only: sets the keeper.
    /// @param newKeeper The new keeper (non-zero).
    function setKeeper(address newKeeper) external onlyGovernance {
        if (newKeeper == address(0)) revert ErrorsLib.ZeroAddress();
        keeper = newKeeper;
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
        uint256 currentAbsolute = caps[source];
        if (absoluteCap > currentAbsolute) {
            revert ErrorsLib.AbsoluteCapRaised(source, currentAbsolute, absoluteCap);
        }
        uint256 currentRelative = relativeCaps[source];
        if (relativeCapBps > currentRelative) {
            revert ErrorsLib.RelativeCapRaised(source, currentRelative, relativeCapBps);
        }
        _setCaps(source, absoluteCap, relativeCapBps);
    }

    // ================================================================ keeper

    /// @notice Keeper-only, not when paused: moves assets so that each source holds its target (asset units, one
    /// per source in getSources() order). Withdraws from every source above its target first, then deposits into
    /// every source below it. Reverts on: a wrong length; a receipt from the future; the cooldown not elapsed; a
    /// target above its absolute cap or above relativeCapBps of total assets before; turnover above
    /// maxTurnoverBps of total assets before; idle below minIdleBps of total assets afterwards; total assets
    /// dropping by more than maxLossBps (plus rounding tolerance).
    /// @param targets Target allocation per source.
    /// @param receipt What the decision was based on; emitted in RebalanceDecision.
    function rebalance(uint256[] calldata targets, DecisionReceipt calldata receipt)
        external
        onlyKeeper
        whenNotPaused
        nonReentrant
    {
        // ---- checks
        uint256 n = _sources.length;
        if (targets.length != n) revert ErrorsLib.InvalidTargetsLength(targets.length, n);
        if (receipt.inputBlock > block.number) revert ErrorsLib.FutureReceipt(receipt.inputBlock, block.number);
        uint256 readyAt = lastRebalance + cooldown;
        if (lastRebalance != 0 && block.timestamp < readyAt) {
            revert ErrorsLib.CooldownActive(readyAt, block.timestamp);
        }
        uint256 totalBefore = totalAssets();
        uint256 idleBefore = idle();
        (uint256[] memory current, uint256 moved) = _checkTargets(targets, totalBefore);

        // ---- effects
        lastRebalance = block.timestamp;
        lastKeeperActivity = block.timestamp;

        // ---- interactions
        _moveAssets(targets, current);

        // ---- post-conditions
        (uint256 idleAfter, uint256 totalAfter) = _checkOutcome(totalBefore, idleBefore, moved);

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
    /// paused.
    function heartbeat() external onlyKeeper {
        lastKeeperActivity = block.timestamp;
        emit EventsLib.KeeperHeartbeat(msg.sender, block.timestamp);
    }

    // ================================================================ views

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
        return _withdrawQueue;
    }

    /// @notice Assets held idle by the vault.
    function idle() public view returns (uint256) {
        return IERC20(asset()).balanceOf(address(this));
    }

    /// @notice Assets held for the vault by `source` (0 if it is not registered).
    /// @param source The source.
    function sourceAssets(address source) external view returns (uint256) {
        if (!isSource[source]) return 0;
        return ISource(source).totalAssets();
    }

    /// @notice Assets withdrawable right now: idle plus every source's maxWithdraw.
    function availableLiquidity() public view returns (uint256 liquidity) {
        liquidity = idle();
        uint256 n = _sources.length;
        for (uint256 i; i < n; ++i) {
            liquidity += ISource(_sources[i]).maxWithdraw();
        }
    }

    // ================================================================ ERC-4626

    /// @notice Idle assets plus every source's totalAssets.
    function totalAssets() public view override returns (uint256 total) {
        total = idle();
        uint256 n = _sources.length;
        for (uint256 i; i < n; ++i) {
            total += ISource(_sources[i]).totalAssets();
        }
    }

    /// @notice 0 while paused, unlimited otherwise.
    /// @param receiver The share receiver.
    function maxDeposit(address receiver) public view override returns (uint256) {
        return paused ? 0 : super.maxDeposit(receiver);
    }

    /// @notice 0 while paused, unlimited otherwise.
    /// @param receiver The share receiver.
    function maxMint(address receiver) public view override returns (uint256) {
        return paused ? 0 : super.maxMint(receiver);
    }

    /// @notice min(owner's assets, withdrawable liquidity). Not affected by the pause.
    /// @param owner The share owner.
    function maxWithdraw(address owner) public view override returns (uint256) {
        return Math.min(_convertToAssets(balanceOf(owner), Math.Rounding.Floor), availableLiquidity());
    }

    /// @notice min(owner's shares, shares of the withdrawable liquidity), consistent with maxWithdraw.
    /// @param owner The share owner.
    function maxRedeem(address owner) public view override returns (uint256) {
        return Math.min(balanceOf(owner), _convertToShares(availableLiquidity(), Math.Rounding.Floor));
    }

    /// @notice Deposits `assets` for `receiver`'s shares. Not when paused; non-reentrant.
    /// @param assets Assets to deposit.
    /// @param receiver Share receiver.
    /// @return Shares minted.
    function deposit(uint256 assets, address receiver) public override whenNotPaused nonReentrant returns (uint256) {
        return super.deposit(assets, receiver);
    }

    /// @notice Mints `shares` to `receiver` for assets. Not when paused; non-reentrant.
    /// @param shares Shares to mint.
    /// @param receiver Share receiver.
    /// @return Assets deposited.
    function mint(uint256 shares, address receiver) public override whenNotPaused nonReentrant returns (uint256) {
        return super.mint(shares, receiver);
    }

    /// @notice Withdraws `assets` to `receiver`, burning `owner`'s shares. Never paused; non-reentrant.
    /// @param assets Assets to withdraw.
    /// @param receiver Asset receiver.
    /// @param owner Share owner.
    /// @return Shares burned.
    function withdraw(uint256 assets, address receiver, address owner) public override nonReentrant returns (uint256) {
        return super.withdraw(assets, receiver, owner);
    }

    /// @notice Redeems `owner`'s `shares` for assets sent to `receiver`. Never paused; non-reentrant.
    /// @param shares Shares to redeem.
    /// @param receiver Asset receiver.
    /// @param owner Share owner.
    /// @return Assets withdrawn.
    function redeem(uint256 shares, address receiver, address owner) public override nonReentrant returns (uint256) {
        return super.redeem(shares, receiver, owner);
    }

    // ================================================================ internals

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    function _setCaps(address source, uint256 absoluteCap, uint256 relativeCapBps) internal {
        caps[source] = absoluteCap;
        relativeCaps[source] = relativeCapBps;
        emit EventsLib.SetCaps(msg.sender, source, absoluteCap, relativeCapBps);
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

    /// @dev Checks every target against its absolute and relative caps; returns what each source holds now and
    /// Σ |target_i − current_i|.
    function _checkTargets(uint256[] calldata targets, uint256 totalBefore)
        internal
        view
        returns (uint256[] memory current, uint256 moved)
    {
        uint256 n = targets.length;
        current = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            address source = _sources[i];
            uint256 target = targets[i];
            uint256 cap = caps[source];
            if (target > cap) revert ErrorsLib.CapExceeded(source, target, cap);
            uint256 limit = Math.mulDiv(totalBefore, relativeCaps[source], BPS);
            if (target > limit) revert ErrorsLib.RelativeCapExceeded(source, target, limit);
            uint256 held = ISource(source).totalAssets();
            current[i] = held;
            moved += target > held ? target - held : held - target;
        }
    }

    /// @dev Withdraws from every source above its target, then deposits into every source below it.
    function _moveAssets(uint256[] calldata targets, uint256[] memory current) internal {
        uint256 n = targets.length;
        for (uint256 i; i < n; ++i) {
            if (current[i] > targets[i]) ISource(_sources[i]).withdraw(current[i] - targets[i], address(this));
        }
        IERC20 token = IERC20(asset());
        for (uint256 i; i < n; ++i) {
            address source = _sources[i];
            uint256 held = ISource(source).totalAssets();
            if (held < targets[i]) {
                uint256 amount = targets[i] - held;
                uint256 available = token.balanceOf(address(this));
                if (amount > available) revert ErrorsLib.InsufficientIdle(amount, available);
                token.forceApprove(source, amount);
                ISource(source).deposit(amount);
            }
        }
    }

    /// @dev Checks the minimum idle share, the maximum loss and the maximum turnover after a rebalance.
    function _checkOutcome(uint256 totalBefore, uint256 idleBefore, uint256 moved)
        internal
        view
        returns (uint256 idleAfter, uint256 totalAfter)
    {
        totalAfter = totalAssets();
        idleAfter = idle();
        uint256 minIdle = Math.mulDiv(totalAfter, minIdleBps, BPS, Math.Rounding.Ceil);
        if (idleAfter < minIdle) revert ErrorsLib.MinIdleViolated(idleAfter, minIdle);
        uint256 maxLoss = Math.mulDiv(totalBefore, maxLossBps, BPS) + _sources.length * ROUNDING_TOLERANCE_PER_SOURCE;
        if (totalAfter + maxLoss < totalBefore) revert ErrorsLib.MaxLossExceeded(totalBefore, totalAfter, maxLoss);
        // turnover = (Σ |target_i − current_i| + |idleAfter − idleBefore|) / 2: the assets that changed place
        uint256 turnover = (moved + (idleAfter > idleBefore ? idleAfter - idleBefore : idleBefore - idleAfter)) / 2;
        uint256 maxTurnover = Math.mulDiv(totalBefore, maxTurnoverBps, BPS);
        if (turnover > maxTurnover) revert ErrorsLib.TurnoverExceeded(turnover, maxTurnover);
    }

    /// @dev Burns shares (effects), pulls what idle lacks from sources in withdraw-queue order, then transfers.
    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        if (caller != owner) _spendAllowance(owner, caller, shares);
        _burn(owner, shares);

        IERC20 token = IERC20(asset());
        uint256 available = token.balanceOf(address(this));
        uint256 n = _withdrawQueue.length;
        for (uint256 i; i < n && available < assets; ++i) {
            ISource source = ISource(_withdrawQueue[i]);
            uint256 amount = Math.min(assets - available, source.maxWithdraw());
            if (amount == 0) continue;
            source.withdraw(amount, address(this));
            emit EventsLib.PulledFromSource(address(source), amount);
            available = token.balanceOf(address(this));
        }
        if (available < assets) revert ErrorsLib.InsufficientLiquidity(assets, available);

        token.safeTransfer(receiver, assets);
        emit Withdraw(caller, receiver, owner, assets, shares);
    }
}
