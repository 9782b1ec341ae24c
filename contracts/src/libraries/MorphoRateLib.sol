// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {IIrm} from "@morpho-org/morpho-blue/src/interfaces/IIrm.sol";
import {SharesMathLib} from "@morpho-org/morpho-blue/src/libraries/SharesMathLib.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";

/// @title MorphoRateLib
/// @notice The exact supply-rate math of one Morpho Blue market, shared by the adapters that quote Morpho markets
/// (MorphoBlueAdapter: one market; MetaMorphoAdapter: every market of a MetaMorpho vault). A market is taken with
/// the interest since its last update accrued as Morpho's next interaction would accrue it (MorphoBalancesLib's
/// expected balances); a supply or withdrawal is applied to its totals with Morpho's own share rounding; the
/// supply rate (APR in ray) of a market state is
///     borrowRateView(market) × SECONDS_PER_YEAR × 1e9 × totalBorrowAssets / totalSupplyAssets × (1e18 − fee) / 1e18
/// (rounded down at each division): suppliers earn the borrowers' interest less the market's fee.
library MorphoRateLib {
    using SharesMathLib for uint256;
    using MorphoBalancesLib for IMorpho;

    /// @notice Seconds per year (365 days), to turn Morpho's per-second rates into an APR.
    uint256 internal constant SECONDS_PER_YEAR = 365 days;
    /// @dev Morpho's WAD (1e18) to ray (1e27).
    uint256 internal constant WAD_TO_RAY = 1e9;
    uint256 internal constant WAD = 1e18;

    /// @notice A quoted Morpho Blue market total exceeds type(uint128).max (Morpho would refuse the supply).
    error MarketTotalOverflow(uint256 total);

    /// @notice The market `id` (parameters `params`) with the interest since its last update accrued as Morpho's
    /// next interaction would accrue it, lastUpdate = now, its fee as stored.
    /// @param morpho The Morpho Blue singleton.
    /// @param params The market's parameters.
    /// @param id The market's id (the hash of `params`).
    /// @return m The accrued market.
    function accrued(IMorpho morpho, MarketParams memory params, Id id) internal view returns (Market memory m) {
        m = morpho.market(id);
        (uint256 supplyAssets, uint256 supplyShares, uint256 borrowAssets, uint256 borrowShares) =
            morpho.expectedMarketBalances(params);
        m.totalSupplyAssets = toUint128(supplyAssets);
        m.totalSupplyShares = toUint128(supplyShares);
        m.totalBorrowAssets = toUint128(borrowAssets);
        m.totalBorrowShares = toUint128(borrowShares);
        m.lastUpdate = toUint128(block.timestamp);
    }

    /// @notice Applies a supply of `assets` to `m` (in place) as Morpho's supply by assets does: shares minted
    /// rounded down.
    /// @param m The market, updated.
    /// @param assets The assets supplied.
    /// @return minted The supply shares minted.
    function supply(Market memory m, uint256 assets) internal pure returns (uint256 minted) {
        if (assets == 0) return 0;
        minted = assets.toSharesDown(m.totalSupplyAssets, m.totalSupplyShares);
        m.totalSupplyShares = toUint128(m.totalSupplyShares + minted);
        m.totalSupplyAssets = toUint128(m.totalSupplyAssets + assets);
    }

    /// @notice Applies a withdrawal of `assets` by a supplier holding `ownShares` to `m` (in place): an amount below
    /// the position (its shares' assets rounded down) as Morpho's withdraw by assets (withdrawAssets); one of at least
    /// the position withdraws every share and removes what they are worth, as a withdrawal by shares does. Liquidity
    /// is not checked (the caller bounds the amount).
    /// @param m The market, updated.
    /// @param ownShares The supplier's supply shares.
    /// @param assets The assets to withdraw.
    /// @return burnt The shares burnt.
    /// @return withdrawn The assets removed from the market.
    function withdraw(Market memory m, uint256 ownShares, uint256 assets)
        internal
        pure
        returns (uint256 burnt, uint256 withdrawn)
    {
        if (assets == 0) return (0, 0);
        uint256 position = ownShares.toAssetsDown(m.totalSupplyAssets, m.totalSupplyShares);
        if (assets < position) return (withdrawAssets(m, assets), assets);
        m.totalSupplyShares -= toUint128(ownShares);
        m.totalSupplyAssets -= toUint128(position);
        return (ownShares, position);
    }

    /// @notice Applies a withdrawal of exactly `assets` to `m` (in place) as Morpho's withdraw by assets does: shares
    /// burnt rounded up. Liquidity and the supplier's shares are not checked (the caller bounds the amount).
    /// @param m The market, updated.
    /// @param assets The assets withdrawn.
    /// @return burnt The shares burnt.
    function withdrawAssets(Market memory m, uint256 assets) internal pure returns (uint256 burnt) {
        burnt = assets.toSharesUp(m.totalSupplyAssets, m.totalSupplyShares);
        m.totalSupplyShares -= toUint128(burnt);
        m.totalSupplyAssets -= toUint128(assets);
    }

    /// @notice The supply rate (APR in ray) of the market state `m`: see the library's notice. 0 without an IRM,
    /// borrows or supply. The IRM is asked for its borrowRateView of `m`.
    /// @param params The market's parameters (its IRM).
    /// @param m The market state.
    /// @return The supply APR in ray.
    function supplyRate(MarketParams memory params, Market memory m) internal view returns (uint256) {
        if (params.irm == address(0) || m.totalBorrowAssets == 0 || m.totalSupplyAssets == 0) return 0;
        uint256 borrowApr = IIrm(params.irm).borrowRateView(params, m) * SECONDS_PER_YEAR * WAD_TO_RAY;
        uint256 gross = Math.mulDiv(borrowApr, m.totalBorrowAssets, m.totalSupplyAssets);
        return Math.mulDiv(gross, WAD - m.fee, WAD);
    }

    /// @notice `x` as uint128; reverts with MarketTotalOverflow above type(uint128).max.
    /// @param x The value.
    /// @return The value as uint128.
    function toUint128(uint256 x) internal pure returns (uint128) {
        if (x > type(uint128).max) revert MarketTotalOverflow(x);
        // casting to 'uint128' is safe because x was checked to fit just above
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint128(x);
    }
}
