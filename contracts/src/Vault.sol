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

/// @title Vault
/// @notice ERC-4626 vault holding one asset: it keeps a minimum share idle and lets a keeper allocate the rest
/// across capped yield sources (ISource adapters). Withdrawals are served from idle first, then from sources
/// in getSources() order.
contract Vault is ERC4626 {
    using SafeERC20 for IERC20;

    /// @notice Maximum number of sources.
    uint256 public constant MAX_SOURCES = 20;
    /// @notice Rounding tolerance (asset units) per source allowed as a total-assets drop during a rebalance.
    uint256 public constant ROUNDING_TOLERANCE_PER_SOURCE = 2;
    uint256 internal constant BPS = 10_000;

    address public governance;
    address public keeper;
    uint256 public minIdleBps;
    /// @notice Allocation cap (asset units) per source.
    mapping(address => uint256) public caps;
    /// @notice Whether an address is a registered source.
    mapping(address => bool) public isSource;
    address[] internal _sources;

    modifier onlyGovernance() {
        if (msg.sender != governance) revert ErrorsLib.NotGovernance();
        _;
    }

    modifier onlyKeeper() {
        if (msg.sender != keeper) revert ErrorsLib.NotKeeper();
        _;
    }

    /// @param asset_ The underlying asset.
    /// @param name_ Share token name.
    /// @param symbol_ Share token symbol.
    /// @param governance_ Governance address (manages sources, caps, roles).
    /// @param keeper_ Keeper address (rebalances).
    /// @param minIdleBps_ Minimum share of total assets kept idle after a rebalance, in bps.
    constructor(
        address asset_,
        string memory name_,
        string memory symbol_,
        address governance_,
        address keeper_,
        uint256 minIdleBps_
    ) ERC4626(IERC20(asset_)) ERC20(name_, symbol_) {
        if (asset_ == address(0) || governance_ == address(0) || keeper_ == address(0)) {
            revert ErrorsLib.ZeroAddress();
        }
        if (minIdleBps_ > BPS) revert ErrorsLib.InvalidBps(minIdleBps_);
        governance = governance_;
        keeper = keeper_;
        minIdleBps = minIdleBps_;
        emit EventsLib.SetGovernance(governance_);
        emit EventsLib.SetKeeper(keeper_);
        emit EventsLib.SetMinIdleBps(minIdleBps_);
    }

    // ================================================================ governance

    /// @notice Governance-only: registers `source` with allocation `cap`. The source must use this vault's
    /// asset and name this vault; no duplicates; at most MAX_SOURCES.
    /// @param source The ISource adapter.
    /// @param cap Maximum assets the keeper may allocate to it.
    function addSource(address source, uint256 cap) external onlyGovernance {
        if (source == address(0)) revert ErrorsLib.ZeroAddress();
        if (isSource[source]) revert ErrorsLib.SourceAlreadyAdded(source);
        if (_sources.length >= MAX_SOURCES) revert ErrorsLib.MaxSourcesExceeded();
        if (ISource(source).asset() != asset() || ISource(source).vault() != address(this)) {
            revert ErrorsLib.SourceMismatch(source);
        }
        isSource[source] = true;
        _sources.push(source);
        caps[source] = cap;
        emit EventsLib.AddSource(source, cap);
    }

    /// @notice Governance-only: sets the allocation cap of a registered source.
    /// @param source The source.
    /// @param cap The new cap (asset units).
    function setCap(address source, uint256 cap) external onlyGovernance {
        if (!isSource[source]) revert ErrorsLib.UnknownSource(source);
        caps[source] = cap;
        emit EventsLib.SetCap(source, cap);
    }

    /// @notice Governance-only: sets the keeper.
    /// @param newKeeper The new keeper (non-zero).
    function setKeeper(address newKeeper) external onlyGovernance {
        if (newKeeper == address(0)) revert ErrorsLib.ZeroAddress();
        keeper = newKeeper;
        emit EventsLib.SetKeeper(newKeeper);
    }

    /// @notice Governance-only: sets the minimum idle share (bps, ≤ 10000).
    /// @param newMinIdleBps The new minimum idle share.
    function setMinIdleBps(uint256 newMinIdleBps) external onlyGovernance {
        if (newMinIdleBps > BPS) revert ErrorsLib.InvalidBps(newMinIdleBps);
        minIdleBps = newMinIdleBps;
        emit EventsLib.SetMinIdleBps(newMinIdleBps);
    }

    /// @notice Governance-only: hands governance to `newGovernance` (non-zero).
    /// @param newGovernance The new governance.
    function setGovernance(address newGovernance) external onlyGovernance {
        if (newGovernance == address(0)) revert ErrorsLib.ZeroAddress();
        governance = newGovernance;
        emit EventsLib.SetGovernance(newGovernance);
    }

    // ================================================================ keeper

    /// @notice Keeper-only: moves assets so that each source holds its target (asset units, one per source in
    /// getSources() order). Withdraws from every source above its target first, then deposits into every source
    /// below it. Reverts on a wrong length, a target above its cap, idle below minIdleBps of total assets
    /// afterwards, or total assets dropping by more than the rounding tolerance.
    /// @param targets Target allocation per source.
    function rebalance(uint256[] calldata targets) external onlyKeeper {
        uint256 n = _sources.length;
        if (targets.length != n) revert ErrorsLib.InvalidTargetsLength(targets.length, n);
        uint256 totalBefore = totalAssets();

        for (uint256 i; i < n; ++i) {
            address source = _sources[i];
            uint256 cap = caps[source];
            if (targets[i] > cap) revert ErrorsLib.CapExceeded(source, targets[i], cap);
            uint256 current = ISource(source).totalAssets();
            if (current > targets[i]) ISource(source).withdraw(current - targets[i], address(this));
        }

        IERC20 token = IERC20(asset());
        for (uint256 i; i < n; ++i) {
            address source = _sources[i];
            uint256 current = ISource(source).totalAssets();
            if (current < targets[i]) {
                uint256 amount = targets[i] - current;
                uint256 available = token.balanceOf(address(this));
                if (amount > available) revert ErrorsLib.InsufficientIdle(amount, available);
                token.forceApprove(source, amount);
                ISource(source).deposit(amount);
            }
        }

        uint256 totalAfter = totalAssets();
        uint256 idleAfter = idle();
        uint256 minIdle = Math.mulDiv(totalAfter, minIdleBps, BPS, Math.Rounding.Ceil);
        if (idleAfter < minIdle) revert ErrorsLib.MinIdleViolated(idleAfter, minIdle);
        if (totalAfter + n * ROUNDING_TOLERANCE_PER_SOURCE < totalBefore) {
            revert ErrorsLib.TotalAssetsDecreased(totalBefore, totalAfter);
        }
        emit EventsLib.Rebalanced(msg.sender, targets, idleAfter, totalAfter);
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

    /// @notice All sources, in allocation/withdrawal order.
    function getSources() external view returns (address[] memory) {
        return _sources;
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

    /// @notice min(owner's assets, withdrawable liquidity).
    /// @param owner The share owner.
    function maxWithdraw(address owner) public view override returns (uint256) {
        return Math.min(_convertToAssets(balanceOf(owner), Math.Rounding.Floor), availableLiquidity());
    }

    /// @notice min(owner's shares, shares of the withdrawable liquidity), consistent with maxWithdraw.
    /// @param owner The share owner.
    function maxRedeem(address owner) public view override returns (uint256) {
        return Math.min(balanceOf(owner), _convertToShares(availableLiquidity(), Math.Rounding.Floor));
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return 6;
    }

    /// @dev Burns shares (effects), pulls what idle lacks from sources in order, then transfers.
    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        if (caller != owner) _spendAllowance(owner, caller, shares);
        _burn(owner, shares);

        IERC20 token = IERC20(asset());
        uint256 available = token.balanceOf(address(this));
        uint256 n = _sources.length;
        for (uint256 i; i < n && available < assets; ++i) {
            ISource source = ISource(_sources[i]);
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
