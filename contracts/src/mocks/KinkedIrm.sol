// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IIrm} from "@morpho-org/morpho-blue/src/interfaces/IIrm.sol";
import {Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

/// @title KinkedIrm
/// @notice A kinked (two-slope) interest rate model for Morpho Blue markets on local chains and in tests, written
/// here (not a port): Morpho's own AdaptiveCurveIrm is not published on npm, and the package's IrmMock is linear.
/// With utilisation U = totalBorrowAssets / totalSupplyAssets (WAD, rounded down; 0 without supply, at most 1):
///     borrow APR = base + slope1·U/kink                        for U ≤ kink,
///                  base + slope1 + slope2·(U − kink)/(1 − kink) above it,
/// returned per second (APR / 365 days, rounded down), scaled by WAD as Morpho's IIrm requires. Stateless: the
/// rate depends on the market's totals alone, so borrowRate = borrowRateView.
contract KinkedIrm is IIrm {
    uint256 internal constant WAD = 1e18;

    /// @notice Borrow APR at zero utilisation (WAD).
    uint256 public immutable BASE_APR;
    /// @notice APR added from zero utilisation up to the kink (WAD).
    uint256 public immutable SLOPE1_APR;
    /// @notice APR added from the kink up to full utilisation (WAD).
    uint256 public immutable SLOPE2_APR;
    /// @notice The utilisation where the second slope starts (WAD, strictly between 0 and 1).
    uint256 public immutable KINK;

    /// @notice The kink is not strictly between 0 and 1 (WAD).
    error InvalidKink(uint256 kink);

    /// @param baseApr Borrow APR at zero utilisation (WAD).
    /// @param slope1Apr APR added up to the kink (WAD).
    /// @param slope2Apr APR added from the kink to full utilisation (WAD).
    /// @param kink Utilisation of the kink (WAD, 0 < kink < 1e18).
    constructor(uint256 baseApr, uint256 slope1Apr, uint256 slope2Apr, uint256 kink) {
        if (kink == 0 || kink >= WAD) revert InvalidKink(kink);
        BASE_APR = baseApr;
        SLOPE1_APR = slope1Apr;
        SLOPE2_APR = slope2Apr;
        KINK = kink;
    }

    /// @notice The borrow rate per second (WAD) of `market`, from its totals alone (see the contract's notice).
    /// @param market The market's state.
    /// @return The per-second borrow rate, scaled by WAD.
    function borrowRateView(MarketParams memory, Market memory market) public view returns (uint256) {
        uint256 utilization;
        if (market.totalSupplyAssets != 0) {
            utilization = uint256(market.totalBorrowAssets) * WAD / market.totalSupplyAssets;
            if (utilization > WAD) utilization = WAD;
        }
        uint256 apr = utilization <= KINK
            ? BASE_APR + SLOPE1_APR * utilization / KINK
            : BASE_APR + SLOPE1_APR + SLOPE2_APR * (utilization - KINK) / (WAD - KINK);
        return apr / 365 days;
    }

    /// @notice The same rate as borrowRateView (the model keeps no state).
    /// @param marketParams The market's parameters.
    /// @param market The market's state.
    /// @return The per-second borrow rate, scaled by WAD.
    function borrowRate(MarketParams memory marketParams, Market memory market) external view returns (uint256) {
        return borrowRateView(marketParams, market);
    }
}
