// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "../interfaces/ISource.sol";
import {IComet} from "../interfaces/IComet.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../libraries/AdapterEventsLib.sol";

/// @notice The one Vault function the adapter reads: its governance, the only caller of `sweep`.
interface IVaultGovernance {
    /// @notice The vault's governance address.
    function governance() external view returns (address);
}

/// @title CompoundV3Adapter
/// @notice ISource adapter that supplies one vault's assets to a Compound v3 (Comet) market whose base token is
/// the asset (the real Comet or the local mock). The adapter holds the Comet balance; only the vault can move
/// funds. Rates: Comet's per-second supply rate (1e18) × SECONDS_PER_YEAR, converted to a ray APR.
contract CompoundV3Adapter is ISource {
    using SafeERC20 for IERC20;

    /// @notice Seconds per year, as in Comet.
    uint256 public constant SECONDS_PER_YEAR = 31_536_000;
    /// @dev Comet factors (1e18) to ray (1e27).
    uint256 internal constant WAD_TO_RAY = 1e9;
    uint256 internal constant FACTOR_SCALE = 1e18;

    address internal immutable VAULT;
    address internal immutable ASSET;
    /// @notice The Comet market.
    IComet public immutable COMET;

    modifier onlyVault() {
        if (msg.sender != VAULT) revert AdapterErrorsLib.NotVault();
        _;
    }

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param comet_ The Comet market.
    /// @param asset_ The asset; must be the market's base token.
    constructor(address vault_, address comet_, address asset_) {
        if (vault_ == address(0) || comet_ == address(0) || asset_ == address(0)) {
            revert AdapterErrorsLib.ZeroAddress();
        }
        address base = IComet(comet_).baseToken();
        if (base != asset_) revert AdapterErrorsLib.AssetMismatch(asset_, base);
        VAULT = vault_;
        ASSET = asset_;
        COMET = IComet(comet_);
    }

    /// @inheritdoc ISource
    function asset() external view returns (address) {
        return ASSET;
    }

    /// @inheritdoc ISource
    function vault() external view returns (address) {
        return VAULT;
    }

    /// @inheritdoc ISource
    /// @dev Comet's present value of the adapter's base balance, accrued to now.
    function totalAssets() public view returns (uint256) {
        return COMET.balanceOf(address(this));
    }

    /// @inheritdoc ISource
    /// @dev 0 while Comet's withdrawals are paused (Comet would revert with Paused), so the vault skips this
    /// source; else min(totalAssets, base tokens held by the market).
    function maxWithdraw() external view returns (uint256) {
        if (COMET.isWithdrawPaused()) return 0;
        uint256 assets = totalAssets();
        uint256 liquidity = IERC20(ASSET).balanceOf(address(COMET));
        return assets < liquidity ? assets : liquidity;
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

    /// @notice Only the vault's governance (IVaultGovernance(vault).governance()): sends the adapter's whole
    /// balance of a stray token, e.g. protocol rewards such as COMP, to `to`. Reverts with ProtectedToken
    /// for the asset and for the Comet market (the position), so it can never move depositors' funds.
    /// @param token The token to sweep.
    /// @param to Receiver of the tokens.
    /// @return amount The amount swept.
    function sweep(address token, address to) external returns (uint256 amount) {
        if (msg.sender != IVaultGovernance(VAULT).governance()) revert AdapterErrorsLib.NotGovernance();
        if (to == address(0)) revert AdapterErrorsLib.ZeroAddress();
        if (token == ASSET || token == address(COMET)) revert AdapterErrorsLib.ProtectedToken(token);
        amount = IERC20(token).balanceOf(address(this));
        if (amount == 0) revert AdapterErrorsLib.ZeroAmount();
        IERC20(token).safeTransfer(to, amount);
        emit AdapterEventsLib.Swept(token, to, amount);
    }

    /// @inheritdoc ISource
    /// @dev Comet reverts (IComet.Paused) while its supplies are paused, and so does this.
    function deposit(uint256 assets) external onlyVault {
        if (assets == 0) revert AdapterErrorsLib.ZeroAmount();
        IERC20(ASSET).safeTransferFrom(VAULT, address(this), assets);
        IERC20(ASSET).forceApprove(address(COMET), assets);
        COMET.supply(ASSET, assets);
        emit AdapterEventsLib.SourceDeposit(VAULT, assets);
    }

    /// @inheritdoc ISource
    /// @dev Withdrawing the whole balance (or more) passes type(uint256).max to Comet so no dust remains.
    function withdraw(uint256 assets, address receiver) external onlyVault returns (uint256 withdrawn) {
        if (assets == 0) revert AdapterErrorsLib.ZeroAmount();
        uint256 balance = totalAssets();
        bool all = assets >= balance;
        withdrawn = all ? balance : assets;
        COMET.withdrawTo(receiver, ASSET, all ? type(uint256).max : assets);
        emit AdapterEventsLib.SourceWithdraw(VAULT, receiver, withdrawn);
    }

    function _toRayApr(uint64 perSecondRate) internal pure returns (uint256) {
        return uint256(perSecondRate) * SECONDS_PER_YEAR * WAD_TO_RAY;
    }
}
