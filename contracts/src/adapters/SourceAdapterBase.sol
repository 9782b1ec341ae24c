// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "../interfaces/ISource.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../libraries/AdapterEventsLib.sol";

/// @notice The one Vault function the adapters read: its governance, the only caller of `sweep`.
interface IVaultGovernance {
    /// @notice The vault's governance address.
    function governance() external view returns (address);
}

/// @title SourceAdapterBase
/// @notice What every source adapter shares: one vault and one asset fixed at construction (neither zero), the
/// vault-only deposit/withdraw entry points (zero amounts rejected, SourceDeposit emitted; a withdrawal emits nothing
/// of its own: the vault reports what it received; the vault transfers a deposit's assets to the adapter before
/// calling deposit), and
/// governance's sweep of stray tokens. An adapter implements the protocol side in `_supply` and `_withdraw` and
/// names its position token in `_isProtected`.
abstract contract SourceAdapterBase is ISource {
    using SafeERC20 for IERC20;

    address internal immutable VAULT;
    address internal immutable ASSET;

    modifier onlyVault() {
        if (msg.sender != VAULT) revert AdapterErrorsLib.NotVault();
        _;
    }

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param asset_ The underlying asset.
    constructor(address vault_, address asset_) {
        if (vault_ == address(0) || asset_ == address(0)) revert AdapterErrorsLib.ZeroAddress();
        VAULT = vault_;
        ASSET = asset_;
    }

    /// @inheritdoc ISource
    function asset() external view returns (address) {
        return ASSET;
    }

    /// @inheritdoc ISource
    function vault() external view returns (address) {
        return VAULT;
    }

    /// @notice Only the vault's governance (IVaultGovernance(vault).governance()): sends the adapter's whole
    /// balance of a stray token, e.g. protocol rewards, to `to`. Reverts with ProtectedToken for the asset and for
    /// the adapter's position token, so it can never move depositors' funds.
    /// @param token The token to sweep.
    /// @param to Receiver of the tokens.
    /// @return amount The amount swept.
    function sweep(address token, address to) external returns (uint256 amount) {
        if (msg.sender != IVaultGovernance(VAULT).governance()) revert AdapterErrorsLib.NotGovernance();
        if (to == address(0)) revert AdapterErrorsLib.ZeroAddress();
        if (token == ASSET || _isProtected(token)) revert AdapterErrorsLib.ProtectedToken(token);
        amount = IERC20(token).balanceOf(address(this));
        if (amount == 0) revert AdapterErrorsLib.ZeroAmount();
        IERC20(token).safeTransfer(to, amount);
        emit AdapterEventsLib.Swept(token, to, amount);
    }

    /// @inheritdoc ISource
    function totalAssets() public view virtual returns (uint256);

    /// @inheritdoc ISource
    /// @dev _liquidity of totalAssets().
    function maxWithdraw() public view virtual returns (uint256) {
        return _liquidity(totalAssets());
    }

    /// @inheritdoc ISource
    /// @dev totalAssets() read once, and _liquidity of it.
    function position() external view virtual returns (uint256 assets, uint256 liquid) {
        assets = totalAssets();
        liquid = _liquidity(assets);
    }

    /// @inheritdoc ISource
    /// @dev The vault has sent `assets` to the adapter just before (an approval and transferFrom would cost the
    /// vault a storage write from zero per deposit); only the vault can call, so only it decides what is supplied.
    function deposit(uint256 assets) external onlyVault {
        if (assets == 0) revert AdapterErrorsLib.ZeroAmount();
        _beforeFlow();
        _supply(assets);
        emit AdapterEventsLib.SourceDeposit(VAULT, assets);
    }

    /// @inheritdoc ISource
    /// @dev No event: the vault reports what each source paid it (PulledFromSource, FailsafeWithdraw, Rebalanced),
    /// measured on what arrived, and the protocol emits its own withdrawal.
    function withdraw(uint256 assets, address receiver) external onlyVault returns (uint256) {
        if (assets == 0) revert AdapterErrorsLib.ZeroAmount();
        _beforeFlow();
        return _withdraw(assets, receiver);
    }

    /// @dev Runs first on every deposit and withdrawal (after the amount check); no-op unless overridden.
    function _beforeFlow() internal virtual {}

    /// @dev Supplies `assets`, already held by the adapter (the vault sent them), to the protocol.
    function _supply(uint256 assets) internal virtual;

    /// @dev Withdraws `assets` (the whole position when `assets` ≥ it, type(uint256).max included: see
    /// ISource.withdraw) to `receiver`; returns the amount sent.
    function _withdraw(uint256 assets, address receiver) internal virtual returns (uint256 withdrawn);

    /// @dev Whether `token` is the adapter's position token (besides the asset), which `sweep` may never move.
    function _isProtected(address token) internal view virtual returns (bool);

    /// @dev What the adapter could withdraw now, holding `assets` (its totalAssets()): maxWithdraw().
    function _liquidity(uint256 assets) internal view virtual returns (uint256);
}
