// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ISource} from "../interfaces/ISource.sol";
import {SourceAdapterBase} from "./SourceAdapterBase.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../libraries/AdapterEventsLib.sol";

/// @title ERC4626Adapter
/// @notice ISource adapter for any ERC-4626 vault (MetaMorpho, Yearn v3, sDAI/Spark, ...). The adapter holds the
/// target's shares; only the vault can move funds.
///
/// Valuation: `totalAssets` = target.previewRedeem(shares), not convertToAssets. ERC-4626 defines
/// convertToAssets as the fee-free "ideal" value, whereas previewRedeem is what redeeming the shares would
/// actually pay now (net of withdrawal fees, and of unrealised losses on vaults that account them there),
/// without the liquidity limit that maxRedeem applies. Valuing at previewRedeem keeps the vault's share price
/// from being overstated when the target charges fees, so exiting depositors cannot take value from the
/// remaining ones. For fee-less vaults (MetaMorpho, sDAI) both are equal.
///
/// Rate: an ERC-4626 vault exposes no rate, so the adapter measures it. `poke()` (permissionless; also run at
/// construction) records a checkpoint (timestamp, share price) when at least MIN_WINDOW seconds passed since the
/// last one, so consecutive checkpoints are always ≥ MIN_WINDOW apart and
/// cannot be crowded by spam. The last SAMPLES checkpoints are kept; each pair of consecutive ones is a window
/// with the linear annualised share-price growth (p1 − p0)/p0 · SECONDS_PER_YEAR/(t1 − t0) in ray (0 when the
/// price fell). `supplyRate` is the MEDIAN of those window rates (the lower one for an even count; 0 before two
/// checkpoints exist). The share price is convertToAssets (fee-free: fees are not yield).
///
/// Manipulation: a donation to the target just before a poke raises the share price once, so it inflates exactly
/// one window's rate. The median ignores it: with w ≥ 3 windows the reported rate stays within the range of the
/// other windows' rates, however large the donation. Moving the median takes donations in more than half of the
/// SAMPLES − 1 windows, i.e. gifts to every holder of the target spread over at least four MIN_WINDOWs, whose
/// effect then lasts at most SAMPLES − 1 windows. Poke stays permissionless: restricting it would not stop a
/// donation just before an authorised poke, and anyone may refresh a stale measurement. The price of the median is
/// lag: a real rate change shows after about half the windows (≥ 4 · MIN_WINDOW); a keeper should poke at least
/// every MIN_WINDOW. Deposits and withdrawals do not poke: they do not move the target's share price (beyond its
/// rounding), so a checkpoint there would measure nothing the keeper's pokes do not, and it would cost every
/// rebalance and withdrawal touching the adapter a storage write (about 20–30k gas).
///
/// Approval: the adapter approves its target for the asset once, without limit, at construction (as MetaMorpho
/// approves Morpho), instead of an exact approval per deposit (a storage write from zero each time). Besides the
/// one unit it keeps (below), the adapter holds the asset only for the length of a deposit, between receiving it
/// from the vault and the target pulling it, so the standing allowance exposes nothing of the vault's; the target,
/// immutable, already holds the whole position.
///
/// Kept unit: the first deposit supplies one unit of the asset less than the vault sent, and the adapter keeps that
/// unit for good (sweep never moves the asset). Its balance of the asset then never returns to zero, so a deposit
/// moves it 1 → 1 + x → 1 instead of 0 → x → 0: a storage write from non-zero (2,900 gas) instead of one from zero
/// (20,000), about 17,000 less per deposit in execution gas. In a real transaction the write back to zero would earn
/// most of that back as a refund, but refunds come after execution: they do not lower the gas limit a keeper must
/// give a rebalance, and they are capped at a fifth of the gas used. The vault's total assets fall by that one unit
/// once (totalAssets does not count it), within ROUNDING_TOLERANCE_PER_SOURCE.
contract ERC4626Adapter is SourceAdapterBase {
    using SafeERC20 for IERC20;

    /// @notice Minimum spacing between rate checkpoints.
    uint256 public constant MIN_WINDOW = 1 hours;
    /// @notice Checkpoints kept; the rate is the median over their SAMPLES − 1 windows.
    uint256 public constant SAMPLES = 8;
    /// @notice Seconds per year used to annualise.
    uint256 public constant SECONDS_PER_YEAR = 365 days;
    uint256 internal constant RAY = 1e27;

    /// @notice A share-price observation (one storage slot).
    struct Checkpoint {
        uint64 timestamp;
        uint192 sharePrice;
    }

    /// @notice The target ERC-4626 vault.
    IERC4626 public immutable TARGET;
    /// @dev Shares priced by `sharePrice`: 1e18 whole shares, for precision.
    uint256 internal immutable PRICE_SHARES;

    /// @dev Ring of the last SAMPLES checkpoints; checkpoint k (0-based, in recording order) is at k % SAMPLES.
    Checkpoint[SAMPLES] internal _ring;
    /// @dev Checkpoints recorded so far.
    uint256 internal _recorded;

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param target_ The ERC-4626 vault to supply to; its asset is the adapter's asset.
    constructor(address vault_, address target_) SourceAdapterBase(vault_, _assetOf(target_)) {
        TARGET = IERC4626(target_);
        PRICE_SHARES = 10 ** (uint256(IERC4626(target_).decimals()) + 18);
        IERC20(ASSET).forceApprove(target_, type(uint256).max);
        _poke();
    }

    /// @inheritdoc ISource
    /// @dev target.previewRedeem(shares held); see the contract documentation for the choice.
    function totalAssets() public view override returns (uint256) {
        address target = address(TARGET);
        return _read(target, IERC4626.previewRedeem.selector, _read(target, IERC20.balanceOf.selector, _self()));
    }

    /// @inheritdoc ISource
    /// @dev target.maxWithdraw(adapter): the target's own liquidity limit.
    function maxWithdraw() public view override returns (uint256) {
        return _read(address(TARGET), IERC4626.maxWithdraw.selector, _self());
    }

    /// @dev Unused: maxWithdraw and position are the target's own (above).
    function _liquidity(uint256) internal view override returns (uint256) {
        return maxWithdraw();
    }

    /// @inheritdoc ISource
    /// @dev The shares held are read once. When the target lets the adapter redeem all of them (maxRedeem), the whole
    /// position is liquid: a withdrawal of it redeems them all (see _withdraw). Otherwise target.maxWithdraw(adapter),
    /// as maxWithdraw().
    function position() external view override returns (uint256 assets, uint256 liquid) {
        address target = address(TARGET);
        uint256 shares = _read(target, IERC20.balanceOf.selector, _self());
        assets = _read(target, IERC4626.previewRedeem.selector, shares);
        liquid = _read(target, IERC4626.maxRedeem.selector, _self()) >= shares
            ? assets
            : _read(target, IERC4626.maxWithdraw.selector, _self());
    }

    /// @inheritdoc ISource
    /// @dev target.maxDeposit(adapter): the target's own deposit limit (a deposit cap, full underlying markets).
    function maxDeposit() external view returns (uint256) {
        return TARGET.maxDeposit(address(this));
    }

    /// @inheritdoc ISource
    /// @dev Median of the annualised share-price growth over the last (up to SAMPLES − 1) windows (see the contract
    /// documentation).
    function supplyRate() public view virtual returns (uint256) {
        return _measuredRate();
    }

    /// @inheritdoc ISource
    /// @dev = supplyRate(): an ERC-4626 vault exposes no rate model, so the impact of the vault's flows cannot be
    /// predicted (the optimizer should treat the source as rate-inelastic or apply its own haircut). A target whose
    /// internals are known can do better: MetaMorphoAdapter quotes a MetaMorpho vault from its markets.
    function supplyRateAfter(uint256, uint256) external view virtual returns (uint256) {
        return supplyRate();
    }

    /// @dev The median of the windows' share-price growth rates (see the contract documentation); 0 before two
    /// checkpoints exist.
    function _measuredRate() internal view returns (uint256) {
        uint256 n = _recorded;
        uint256 windows = n < SAMPLES ? (n == 0 ? 0 : n - 1) : SAMPLES - 1;
        if (windows == 0) return 0;
        uint256[SAMPLES - 1] memory sorted;
        Checkpoint memory later = _ring[(n - 1) % SAMPLES];
        for (uint256 i; i < windows; ++i) {
            Checkpoint memory earlier = _ring[(n - 2 - i) % SAMPLES];
            uint256 rate = _windowRate(earlier, later);
            uint256 j = i;
            while (j != 0 && sorted[j - 1] > rate) {
                sorted[j] = sorted[j - 1];
                --j;
            }
            sorted[j] = rate;
            later = earlier;
        }
        return sorted[(windows - 1) / 2];
    }

    /// @notice Records a share-price checkpoint if at least MIN_WINDOW passed since the last one (else no-op).
    /// Permissionless.
    /// @return recorded Whether a checkpoint was recorded.
    function poke() external returns (bool recorded) {
        return _poke();
    }

    /// @notice The target's share price: assets (base units) per 1e18 whole shares, via convertToAssets.
    function sharePrice() public view returns (uint256) {
        return TARGET.convertToAssets(PRICE_SHARES);
    }

    /// @notice The last two rate checkpoints (previous, latest); a zero timestamp means not recorded yet.
    function checkpoints() external view returns (Checkpoint memory previous, Checkpoint memory latest) {
        uint256 n = _recorded;
        if (n != 0) latest = _ring[(n - 1) % SAMPLES];
        if (n > 1) previous = _ring[(n - 2) % SAMPLES];
    }

    /// @notice The number of checkpoints recorded so far (the last SAMPLES are kept).
    function checkpointCount() external view returns (uint256) {
        return _recorded;
    }

    /// @dev Reverts with ZeroShares if the target mints no shares for what it supplies. The target pulls them
    /// through the standing allowance set at construction. While the adapter holds nothing but `assets` (its first
    /// deposit), it supplies one unit less and keeps it (see the contract documentation: "Kept unit").
    function _supply(uint256 assets) internal override {
        if (_read(ASSET, IERC20.balanceOf.selector, _self()) <= assets) {
            // no unit kept yet: keep one (a deposit of a single unit is only kept)
            unchecked {
                --assets; // assets ≥ 1: the base rejects a zero deposit
            }
            if (assets == 0) return;
        }
        if (_send(IERC4626.deposit.selector, assets, _self(), 0, 68) == 0) revert AdapterErrorsLib.ZeroShares();
    }

    /// @dev Withdrawing the whole balance (or more) redeems min(shares held, target.maxRedeem(adapter)): all
    /// shares, so no dust remains, unless the target's liquidity limit (whose floor rounding can report one
    /// share less than the balance) caps it, in which case only what the target allows is redeemed rather
    /// than reverting. A partial withdrawal uses target.withdraw and is subject to its limits (e.g.
    /// ERC4626ExceededMaxWithdraw when its liquidity is short). Returns the assets the target reports it paid
    /// `receiver` (what redeem returns, or `assets` for a withdrawal: ERC-4626 sends exactly that), as the Aave and
    /// Compound adapters return what their protocol reports; the vault counts what it receives from its own balance.
    function _withdraw(uint256 assets, address receiver) internal override returns (uint256) {
        // type(uint256).max: the whole position, redeemed without reading it first (the vault asks only when all of it
        // is liquid, see position)
        if (assets == type(uint256).max) return _redeemUpTo(type(uint256).max, receiver);
        uint256 shares = _read(address(TARGET), IERC20.balanceOf.selector, _self());
        // assets ≥ totalAssets(): the whole position, its shares read once
        if (assets >= _read(address(TARGET), IERC4626.previewRedeem.selector, shares)) {
            return _redeemUpTo(shares, receiver);
        }
        _send(IERC4626.withdraw.selector, assets, uint256(uint160(receiver)), _self(), 100);
        return assets;
    }

    /// @dev A full exit: redeems min(`shares`, target.maxRedeem(adapter)) to `receiver` (see _withdraw).
    function _redeemUpTo(uint256 shares, address receiver) internal returns (uint256) {
        shares = Math.min(shares, _read(address(TARGET), IERC4626.maxRedeem.selector, _self()));
        if (shares == 0) revert AdapterErrorsLib.ZeroShares();
        return _send(IERC4626.redeem.selector, shares, uint256(uint160(receiver)), _self(), 100);
    }

    /// @dev The one-argument view `selector` of `target` (TARGET or ASSET) at `arg`, in assembly (a high-level call
    /// costs about 100 gas more, and the flows and the vault's valuation make several): reverts with the target's
    /// revert data when it reverts, and without data when it returns less than 32 bytes, as the high-level call does.
    function _read(address target, bytes4 selector, uint256 arg) internal view returns (uint256 value) {
        assembly ("memory-safe") {
            mstore(0, selector)
            mstore(4, arg)
            if iszero(staticcall(gas(), target, 0, 36, 0, 32)) {
                let p := mload(64)
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), 32) { revert(0, 0) }
            value := mload(0)
        }
    }

    /// @dev Calls TARGET's `selector` with the arguments `a`, `b`, `c` (`size` bytes of calldata with the selector:
    /// 68 for two arguments, 100 for three), in assembly (see _read), the calldata past the free memory pointer (not
    /// allocated); reverts like the high-level call and returns the first word returned.
    function _send(bytes4 selector, uint256 a, uint256 b, uint256 c, uint256 size) internal returns (uint256 value) {
        address target = address(TARGET);
        assembly ("memory-safe") {
            let p := mload(64)
            mstore(p, selector)
            mstore(add(p, 4), a)
            mstore(add(p, 36), b)
            mstore(add(p, 68), c)
            if iszero(call(gas(), target, 0, p, size, 0, 32)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), 32) { revert(0, 0) }
            value := mload(0)
        }
    }

    /// @dev This adapter's address as an argument of _read and _send.
    function _self() internal view returns (uint256) {
        return uint256(uint160(address(this)));
    }

    /// @dev The target's shares are the position.
    function _isProtected(address token) internal view override returns (bool) {
        return token == address(TARGET);
    }

    function _poke() internal returns (bool) {
        uint256 n = _recorded;
        if (n != 0 && block.timestamp < _ring[(n - 1) % SAMPLES].timestamp + MIN_WINDOW) return false;
        uint256 price = sharePrice();
        _ring[n % SAMPLES] = Checkpoint(SafeCast.toUint64(block.timestamp), SafeCast.toUint192(price));
        _recorded = n + 1;
        emit AdapterEventsLib.RateCheckpoint(block.timestamp, price);
        return true;
    }

    /// @dev Linear annualised growth from `p0` to `p1` in ray; 0 when the price did not rise.
    function _windowRate(Checkpoint memory p0, Checkpoint memory p1) internal pure returns (uint256) {
        if (p1.sharePrice <= p0.sharePrice) return 0;
        return Math.mulDiv(
            p1.sharePrice - p0.sharePrice, RAY * SECONDS_PER_YEAR, uint256(p0.sharePrice) * (p1.timestamp - p0.timestamp)
        );
    }
}

/// @dev The target's asset, for the base constructor: ZeroAddress for a zero target (the base rejects a zero asset).
function _assetOf(address target) view returns (address) {
    if (target == address(0)) revert AdapterErrorsLib.ZeroAddress();
    return IERC4626(target).asset();
}
