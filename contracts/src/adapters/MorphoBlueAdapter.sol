// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {MarketParamsLib} from "@morpho-org/morpho-blue/src/libraries/MarketParamsLib.sol";
import {SharesMathLib} from "@morpho-org/morpho-blue/src/libraries/SharesMathLib.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";
import {MorphoLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoLib.sol";

import {ISource} from "../interfaces/ISource.sol";
import {SourceAdapterBase} from "./SourceAdapterBase.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";
import {MorphoRateLib} from "../libraries/MorphoRateLib.sol";

/// @title MorphoBlueAdapter
/// @notice ISource adapter that supplies one vault's assets to one Morpho Blue market, given by its market
/// parameters (the asset is the market's loan token). The adapter holds the supply position (Morpho supply shares);
/// only the vault can move funds.
///
/// Morpho Blue has no supply rate of its own: suppliers earn the borrowers' interest less the market's fee, shared
/// over the supplied assets. This adapter's supply rate (APR in ray, like every ISource) is therefore
///     borrowRateView(market) × SECONDS_PER_YEAR × 1e9 × totalBorrowAssets / totalSupplyAssets × (1e18 − fee) / 1e18
/// (rounded down at each division), where `borrowRateView` is the market's interest rate model's per-second WAD
/// borrow rate and the market is taken with the interest accrued since its last update, exactly as Morpho's next
/// interaction would accrue it (MorphoBalancesLib's expected balances). 0 for a market without an IRM or borrows.
/// The market math is MorphoRateLib's, which MetaMorphoAdapter shares.
/// Every view (totalAssets, maxWithdraw, maxDeposit, the rates) works on that accrued market, so it holds for a
/// deposit or withdrawal in the current block.
contract MorphoBlueAdapter is SourceAdapterBase {
    using SafeERC20 for IERC20;
    using MarketParamsLib for MarketParams;
    using SharesMathLib for uint256;
    using MorphoBalancesLib for IMorpho;
    using MorphoLib for IMorpho;

    /// @notice Seconds per year (365 days), to turn Morpho's per-second rates into an APR.
    uint256 public constant SECONDS_PER_YEAR = MorphoRateLib.SECONDS_PER_YEAR;

    /// @notice The Morpho Blue singleton.
    IMorpho public immutable MORPHO;
    /// @notice The market's id (keccak256 of its parameters).
    Id public immutable MARKET_ID;

    // The market parameters, kept as immutables (a struct cannot be immutable).
    address internal immutable COLLATERAL_TOKEN;
    address internal immutable ORACLE;
    address internal immutable IRM;
    uint256 internal immutable LLTV;

    // Errors of this adapter alone (declared here, not in AdapterErrorsLib, so the other adapters' bytecode, whose
    // metadata hashes that file, stays as it is).
    /// @notice The Morpho Blue market `id` does not exist (Morpho would refuse every supply to it).
    error MarketNotCreated(Id id);

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param morpho_ The Morpho Blue singleton.
    /// @param marketParams_ The market's parameters; its loan token is the adapter's asset. The market must exist.
    constructor(address vault_, address morpho_, MarketParams memory marketParams_)
        SourceAdapterBase(vault_, marketParams_.loanToken)
    {
        if (morpho_ == address(0)) revert AdapterErrorsLib.ZeroAddress();
        Id id = marketParams_.id();
        if (IMorpho(morpho_).market(id).lastUpdate == 0) revert MarketNotCreated(id);
        MORPHO = IMorpho(morpho_);
        MARKET_ID = id;
        COLLATERAL_TOKEN = marketParams_.collateralToken;
        ORACLE = marketParams_.oracle;
        IRM = marketParams_.irm;
        LLTV = marketParams_.lltv;
        // A standing allowance (see _supply): the adapter holds the asset only within a deposit.
        IERC20(marketParams_.loanToken).forceApprove(morpho_, type(uint256).max);
    }

    /// @notice The market's parameters (loan token, collateral token, oracle, IRM, LLTV).
    /// @return The market parameters the adapter supplies to.
    function marketParams() public view returns (MarketParams memory) {
        return MarketParams({loanToken: ASSET, collateralToken: COLLATERAL_TOKEN, oracle: ORACLE, irm: IRM, lltv: LLTV});
    }

    /// @inheritdoc ISource
    /// @dev Morpho's expected supply assets of the adapter's shares (MorphoBalancesLib), interest accrued to now:
    /// what withdrawing every share would pay in this block.
    function totalAssets() public view override returns (uint256) {
        return MORPHO.expectedSupplyAssets(marketParams(), address(this));
    }

    /// @dev maxWithdraw() (see the base): min(totalAssets, the market's free liquidity), both accrued to now. The free liquidity is
    /// totalSupplyAssets − totalBorrowAssets: Morpho refuses a withdrawal that leaves less supply than borrow.
    function _liquidity(uint256 assets) internal view override returns (uint256) {
        (uint256 supplyAssets,, uint256 borrowAssets,) = MORPHO.expectedMarketBalances(marketParams());
        uint256 liquidity = supplyAssets > borrowAssets ? supplyAssets - borrowAssets : 0;
        return assets < liquidity ? assets : liquidity;
    }

    /// @inheritdoc ISource
    /// @dev Morpho has no supply cap or pause; what bounds a supply is its uint128 market totals. The most that can
    /// be supplied now keeps both totalSupplyAssets + assets and totalSupplyShares + the shares minted
    /// (assets·(totalSupplyShares + 1e6)/(totalSupplyAssets + 1), rounded down) within type(uint128).max, on the
    /// market accrued to now.
    function maxDeposit() external view returns (uint256) {
        (uint256 supplyAssets, uint256 supplyShares,,) = MORPHO.expectedMarketBalances(marketParams());
        uint256 cap = type(uint128).max;
        uint256 byAssets = cap - supplyAssets;
        // The largest `a` with floor(a·(S + 1e6)/(A + 1)) ≤ cap − S is ceil((cap − S + 1)·(A + 1)/(S + 1e6)) − 1.
        uint256 byShares = Math.mulDiv(
            cap - supplyShares + 1,
            supplyAssets + SharesMathLib.VIRTUAL_ASSETS,
            supplyShares + SharesMathLib.VIRTUAL_SHARES,
            Math.Rounding.Ceil
        ) - 1;
        return byAssets < byShares ? byAssets : byShares;
    }

    /// @inheritdoc ISource
    /// @dev The supply rate (see the contract's notice) of the market accrued to now.
    function supplyRate() external view returns (uint256) {
        MarketParams memory params = marketParams();
        return MorphoRateLib.supplyRate(params, MorphoRateLib.accrued(MORPHO, params, MARKET_ID));
    }

    /// @inheritdoc ISource
    /// @dev The supply rate (see the contract's notice) of the market as Morpho leaves it after the move in this
    /// block: interest accrued to now, then `assetsAdded` supplied (shares minted rounded down, as Morpho's supply),
    /// then `assetsRemoved` withdrawn (shares burnt rounded up, as Morpho's withdraw by assets; an amount of at least
    /// the adapter's position withdraws every share, as `withdraw` does, and removes what they are worth). The IRM
    /// is asked for its borrowRateView of that market (lastUpdate = now). A removal beyond the free liquidity,
    /// which Morpho would refuse, is quoted as if allowed; one that the market cannot cover at all reverts.
    /// Exact for an IRM whose rate depends on the market it is given (IrmMock, KinkedIrm, any stateless curve). An
    /// IRM that keeps state (Morpho's AdaptiveCurveIrm, whose rate at target adapts) is exact only when the market
    /// was last accrued in this block: otherwise the move's accrual updates the IRM's state, which a view of it
    /// cannot show beforehand.
    function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) external view returns (uint256) {
        MarketParams memory params = marketParams();
        Market memory m = MorphoRateLib.accrued(MORPHO, params, MARKET_ID);
        uint256 ownShares = MORPHO.supplyShares(MARKET_ID, address(this)) + MorphoRateLib.supply(m, assetsAdded);
        MorphoRateLib.withdraw(m, ownShares, assetsRemoved);
        return MorphoRateLib.supplyRate(params, m);
    }

    /// @dev Supplies to the market on the adapter's behalf. Morpho pulls the assets through the allowance the
    /// constructor gave it without limit; the adapter holds the asset only within a deposit, so it exposes nothing.
    function _supply(uint256 assets) internal override {
        MORPHO.supply(marketParams(), assets, 0, address(this), "");
    }

    /// @dev An amount of at least the position withdraws every supply share (no dust remains) and sends what they
    /// are worth; a smaller one withdraws exactly `assets`. Morpho reverts (insufficient liquidity) when the market's
    /// free liquidity is short.
    function _withdraw(uint256 assets, address receiver) internal override returns (uint256 withdrawn) {
        MarketParams memory params = marketParams();
        uint256 shares = MORPHO.supplyShares(MARKET_ID, address(this));
        if (shares == 0) return 0;
        if (assets >= MORPHO.expectedSupplyAssets(params, address(this))) {
            (withdrawn,) = MORPHO.withdraw(params, 0, shares, address(this), receiver);
        } else {
            (withdrawn,) = MORPHO.withdraw(params, assets, 0, address(this), receiver);
        }
    }

    /// @dev A Morpho supply position is no token: only the asset is protected.
    function _isProtected(address) internal pure override returns (bool) {
        return false;
    }
}
