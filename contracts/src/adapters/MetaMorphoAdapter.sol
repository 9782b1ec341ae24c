// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {SharesMathLib} from "@morpho-org/morpho-blue/src/libraries/SharesMathLib.sol";
import {MorphoLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoLib.sol";

import {ISource} from "../interfaces/ISource.sol";
import {IMetaMorpho} from "../interfaces/IMetaMorpho.sol";
import {ERC4626Adapter} from "./ERC4626Adapter.sol";
import {MorphoRateLib} from "../libraries/MorphoRateLib.sol";

/// @title MetaMorphoAdapter
/// @notice ISource adapter for a MetaMorpho vault (an ERC-4626 vault over Morpho Blue markets). Deposits,
/// withdrawals, valuation and the share-price checkpoints are ERC4626Adapter's; the rates are not measured from the
/// past share price but computed from the vault's markets, so that they show the effect of the vault's own flows.
///
/// Quote: `supplyRateAfter(added, removed)` routes the flow as MetaMorpho (v1.0/v1.1) does, on the markets accrued to
/// now (MorphoBalancesLib's expected balances):
///   - a deposit goes through the supply queue in order; a market with a zero cap is skipped; each takes
///     min(cap − the vault's supply in it (its shares' assets rounded up), what is left), supplied as Morpho's supply
///     by assets (shares rounded down); a market whose totals would leave uint128 is skipped, as MetaMorpho's
///     try/catch skips a supply that reverts. What no cap has room for (MetaMorpho would revert AllCapsReached;
///     the adapter's maxDeposit excludes it) is left out of the quote;
///   - a withdrawal goes through the withdraw queue in order; each market gives min(the vault's supply in it (its
///     shares' assets rounded down), its free liquidity: total supply − total borrow and Morpho's balance of the
///     token, which earlier markets' withdrawals lower), withdrawn as Morpho's withdraw by assets (shares rounded
///     up). More than the adapter's position (totalAssets) is quoted as the position, as `withdraw` redeems it; what
///     the markets' liquidity cannot cover (MetaMorpho would revert) is left out of the quote.
/// The vault's rate after the move is then the supply-weighted mean of its markets' rates after their own flows,
///     Σ_market supply_after × MorphoRateLib.supplyRate(market after) / Σ_market supply_after × (1e18 − fee) / 1e18
/// (APR in ray; one division for the mean, rounded down, then the fee), where supply_after is the vault's shares'
/// assets (rounded down) in the market after the move and `fee` the vault's performance fee: what its depositors
/// earn. 0 for a vault with no supply. `supplyRate()` is the quote of no move.
///
/// Exactness: each market's rate is MorphoBlueAdapter's (exact for a stateless IRM; see its supplyRateAfter). The
/// mean weights the markets by the vault's supply, so it is the vault's yield rate at that instant; its share price
/// then grows at it until the markets move. A first deposit routes one unit less than quoted (ERC4626Adapter keeps
/// it); MetaMorpho v1.1's lost assets, which its totalAssets may add to the markets' supply, earn nothing and are not
/// counted.
contract MetaMorphoAdapter is ERC4626Adapter {
    using SharesMathLib for uint256;
    using MorphoLib for IMorpho;

    uint256 internal constant WAD = 1e18;

    /// @notice The Morpho Blue the target supplies to (its MORPHO()).
    IMorpho public immutable MORPHO;

    /// @dev One market of the target in the quote: its id and parameters, its state accrued to now (then moved by
    /// the flow) and the target's supply shares in it.
    struct MarketQuote {
        Id id;
        MarketParams params;
        Market market;
        uint256 shares;
    }

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param target_ The MetaMorpho vault to supply to; its asset is the adapter's asset.
    constructor(address vault_, address target_) ERC4626Adapter(vault_, target_) {
        MORPHO = IMetaMorpho(target_).MORPHO();
    }

    /// @inheritdoc ISource
    /// @dev The target's rate computed from its markets now (the quote of no move; see the contract's notice).
    function supplyRate() public view override returns (uint256) {
        return _quote(0, 0);
    }

    /// @inheritdoc ISource
    /// @dev The target's rate after the adapter deposits `assetsAdded` into it, then withdraws `assetsRemoved`, each
    /// routed over its markets as MetaMorpho routes it (see the contract's notice).
    function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) external view override returns (uint256) {
        return _quote(assetsAdded, assetsRemoved);
    }

    /// @notice The rate ERC4626Adapter would report: the median share-price growth of the checkpoints (see
    /// ERC4626Adapter), kept as a check on the computed rate.
    /// @return The measured APR in ray.
    function measuredRate() external view returns (uint256) {
        return _measuredRate();
    }

    /// @dev The quote: the target's markets read in withdraw-queue order, the flows routed, the weighted mean taken.
    function _quote(uint256 assetsAdded, uint256 assetsRemoved) internal view returns (uint256) {
        IMetaMorpho target = IMetaMorpho(address(TARGET));
        MarketQuote[] memory markets = _markets(target);
        if (assetsAdded != 0) _routeSupply(target, markets, assetsAdded);
        if (assetsRemoved != 0) _routeWithdraw(markets, Math.min(assetsRemoved, totalAssets()));
        uint256 weighted;
        uint256 supplied;
        for (uint256 i; i < markets.length; ++i) {
            MarketQuote memory q = markets[i];
            uint256 assets = q.shares.toAssetsDown(q.market.totalSupplyAssets, q.market.totalSupplyShares);
            if (assets == 0) continue;
            weighted += assets * MorphoRateLib.supplyRate(q.params, q.market);
            supplied += assets;
        }
        if (supplied == 0) return 0;
        return Math.mulDiv(weighted / supplied, WAD - target.fee(), WAD);
    }

    /// @dev The target's markets (its withdraw queue: every market it holds), accrued to now, with its shares.
    function _markets(IMetaMorpho target) internal view returns (MarketQuote[] memory markets) {
        uint256 n = target.withdrawQueueLength();
        markets = new MarketQuote[](n);
        for (uint256 i; i < n; ++i) {
            Id id = target.withdrawQueue(i);
            MarketParams memory params = MORPHO.idToMarketParams(id);
            markets[i] = MarketQuote({
                id: id,
                params: params,
                market: MorphoRateLib.accrued(MORPHO, params, id),
                shares: MORPHO.supplyShares(id, address(target))
            });
        }
    }

    /// @dev Supplies `assets` through the supply queue as MetaMorpho's deposit does (see the contract's notice).
    function _routeSupply(IMetaMorpho target, MarketQuote[] memory markets, uint256 assets) internal view {
        uint256 n = target.supplyQueueLength();
        for (uint256 i; i < n && assets != 0; ++i) {
            Id id = target.supplyQueue(i);
            (uint184 cap,,) = target.config(id);
            if (cap == 0) continue;
            MarketQuote memory q = _find(markets, id);
            uint256 supplied = q.shares.toAssetsUp(q.market.totalSupplyAssets, q.market.totalSupplyShares);
            uint256 toSupply = Math.min(cap > supplied ? cap - supplied : 0, assets);
            if (toSupply == 0 || !_canSupply(q.market, toSupply)) continue;
            q.shares += MorphoRateLib.supply(q.market, toSupply);
            assets -= toSupply;
        }
    }

    /// @dev Withdraws `assets` through the withdraw queue as MetaMorpho's withdrawal does (see the contract's notice).
    function _routeWithdraw(MarketQuote[] memory markets, uint256 assets) internal view {
        uint256 balance = IERC20(ASSET).balanceOf(address(MORPHO));
        for (uint256 i; i < markets.length && assets != 0; ++i) {
            MarketQuote memory q = markets[i];
            Market memory m = q.market;
            uint256 liquidity = Math.min(m.totalSupplyAssets - m.totalBorrowAssets, balance);
            uint256 toWithdraw =
                Math.min(Math.min(q.shares.toAssetsDown(m.totalSupplyAssets, m.totalSupplyShares), liquidity), assets);
            if (toWithdraw == 0) continue;
            q.shares -= MorphoRateLib.withdrawAssets(m, toWithdraw); // by assets, as MetaMorpho withdraws
            balance -= toWithdraw;
            assets -= toWithdraw;
        }
    }

    /// @dev The quote of market `id` (MetaMorpho keeps every market of its supply queue in its withdraw queue).
    function _find(MarketQuote[] memory markets, Id id) internal pure returns (MarketQuote memory) {
        for (uint256 i; i < markets.length; ++i) {
            if (Id.unwrap(markets[i].id) == Id.unwrap(id)) return markets[i];
        }
        revert MarketNotInWithdrawQueue(id);
    }

    /// @dev Whether Morpho accepts a supply of `assets` to `m`: both totals stay within uint128.
    function _canSupply(Market memory m, uint256 assets) internal pure returns (bool) {
        uint256 shares = assets.toSharesDown(m.totalSupplyAssets, m.totalSupplyShares);
        return uint256(m.totalSupplyAssets) + assets <= type(uint128).max
            && uint256(m.totalSupplyShares) + shares <= type(uint128).max;
    }

    /// @notice A market of the target's supply queue is missing from its withdraw queue (no MetaMorpho allows it).
    error MarketNotInWithdrawQueue(Id id);
}
