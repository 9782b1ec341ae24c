// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "../interfaces/ISource.sol";
import {SourceAdapterBase} from "./SourceAdapterBase.sol";
import {IComet} from "../interfaces/IComet.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";

/// @title CompoundV3Adapter
/// @notice ISource adapter that supplies one vault's assets to a Compound v3 (Comet) market whose base token is
/// the asset (the real Comet or the local mock). The adapter holds the Comet balance; only the vault can move
/// funds. Rates: Comet's per-second supply rate (1e18) × SECONDS_PER_YEAR, converted to a ray APR.
contract CompoundV3Adapter is SourceAdapterBase {
    using SafeERC20 for IERC20;

    /// @notice Seconds per year, as in Comet.
    uint256 public constant SECONDS_PER_YEAR = 31_536_000;
    /// @dev Comet factors (1e18) to ray (1e27).
    uint256 internal constant WAD_TO_RAY = 1e9;
    uint256 internal constant FACTOR_SCALE = 1e18;

    /// @notice The Comet market.
    IComet public immutable COMET;

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param comet_ The Comet market.
    /// @param asset_ The asset; must be the market's base token.
    constructor(address vault_, address comet_, address asset_) SourceAdapterBase(vault_, asset_) {
        if (comet_ == address(0)) revert AdapterErrorsLib.ZeroAddress();
        address base = IComet(comet_).baseToken();
        if (base != asset_) revert AdapterErrorsLib.AssetMismatch(asset_, base);
        COMET = IComet(comet_);
        // A standing allowance (see _supply): the adapter holds the asset only within a deposit.
        IERC20(asset_).forceApprove(comet_, type(uint256).max);
    }

    /// @inheritdoc ISource
    /// @dev Comet's present value of the adapter's base balance, accrued to now.
    function totalAssets() public view override returns (uint256) {
        return COMET.balanceOf(address(this));
    }

    /// @dev maxWithdraw() (see the base): 0 while Comet's withdrawals are paused (Comet would revert with Paused), so
    /// the vault skips this source; else min(totalAssets, base tokens held by the market).
    function _liquidity(uint256 assets) internal view override returns (uint256) {
        if (COMET.isWithdrawPaused()) return 0;
        uint256 liquidity = IERC20(ASSET).balanceOf(address(COMET));
        return assets < liquidity ? assets : liquidity;
    }

    /// @inheritdoc ISource
    /// @dev 0 while Comet's supplies are paused, else unlimited (Comet caps collateral supplies, not the base).
    function maxDeposit() external view returns (uint256) {
        return COMET.isSupplyPaused() ? 0 : type(uint256).max;
    }

    /// @inheritdoc ISource
    function supplyRate() external view returns (uint256) {
        return _toRayApr(COMET.getSupplyRate(COMET.getUtilization()));
    }

    /// @inheritdoc ISource
    /// @dev Utilization = totalBorrow·1e18 / (totalSupply + assetsAdded − assetsRemoved), with both totals
    /// accrued to now as Comet's supply/withdraw would before booking, then Comet's getSupplyRate at that
    /// utilization. 0 utilization when the resulting supply is 0; reverts if `assetsRemoved` exceeds the
    /// total supply plus `assetsAdded`.
    function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) external view returns (uint256) {
        uint256 supply = COMET.totalSupply() + assetsAdded - assetsRemoved;
        uint256 utilization = supply == 0 ? 0 : COMET.totalBorrow() * FACTOR_SCALE / supply;
        return _toRayApr(COMET.getSupplyRate(utilization));
    }

    /// @dev Comet reverts (IComet.Paused) while its supplies are paused, and so does the deposit. Comet pulls the
    /// assets through the allowance the constructor gave it without limit (an exact approval per deposit was a
    /// storage write from zero each time); the adapter holds the asset only within a deposit, so it exposes nothing.
    function _supply(uint256 assets) internal override {
        COMET.supply(ASSET, assets);
    }

    /// @dev Withdrawing the whole balance (or more) passes type(uint256).max to Comet so no dust remains.
    function _withdraw(uint256 assets, address receiver) internal override returns (uint256 withdrawn) {
        uint256 balance = totalAssets();
        bool all = assets >= balance;
        withdrawn = all ? balance : assets;
        COMET.withdrawTo(receiver, ASSET, all ? type(uint256).max : assets);
    }

    /// @dev The Comet market (its balance token) is the position.
    function _isProtected(address token) internal view override returns (bool) {
        return token == address(COMET);
    }

    function _toRayApr(uint64 perSecondRate) internal pure returns (uint256) {
        return uint256(perSecondRate) * SECONDS_PER_YEAR * WAD_TO_RAY;
    }
}
