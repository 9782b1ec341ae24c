// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "../interfaces/ISource.sol";
import {IAaveV3Pool} from "../interfaces/IAaveV3Pool.sol";
import {ErrorsLib} from "../libraries/ErrorsLib.sol";
import {EventsLib} from "../libraries/EventsLib.sol";

/// @title AaveV3Adapter
/// @notice ISource adapter that supplies one vault's assets to an Aave v3 pool (the real one or the local
/// LendingPool). The adapter holds the aTokens; only the vault can move funds.
contract AaveV3Adapter is ISource {
    using SafeERC20 for IERC20;

    address internal immutable VAULT;
    address internal immutable ASSET;
    /// @notice The Aave v3 pool.
    IAaveV3Pool public immutable POOL;
    /// @notice The reserve's aToken, read from the pool at construction.
    IERC20 public immutable A_TOKEN;

    modifier onlyVault() {
        if (msg.sender != VAULT) revert ErrorsLib.NotVault();
        _;
    }

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param pool_ The Aave v3 pool.
    /// @param asset_ The reserve asset.
    constructor(address vault_, address pool_, address asset_) {
        if (vault_ == address(0) || pool_ == address(0) || asset_ == address(0)) revert ErrorsLib.ZeroAddress();
        address aToken = IAaveV3Pool(pool_).getReserveData(asset_).aTokenAddress;
        if (aToken == address(0)) revert ErrorsLib.ZeroAddress();
        VAULT = vault_;
        ASSET = asset_;
        POOL = IAaveV3Pool(pool_);
        A_TOKEN = IERC20(aToken);
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
    function totalAssets() public view returns (uint256) {
        return A_TOKEN.balanceOf(address(this));
    }

    /// @inheritdoc ISource
    function maxWithdraw() external view returns (uint256) {
        uint256 assets = totalAssets();
        uint256 liquidity = IERC20(ASSET).balanceOf(address(A_TOKEN));
        return assets < liquidity ? assets : liquidity;
    }

    /// @inheritdoc ISource
    function supplyRate() external view returns (uint256) {
        return POOL.getReserveData(ASSET).currentLiquidityRate;
    }

    /// @inheritdoc ISource
    function deposit(uint256 assets) external onlyVault {
        if (assets == 0) revert ErrorsLib.ZeroAmount();
        IERC20(ASSET).safeTransferFrom(VAULT, address(this), assets);
        IERC20(ASSET).forceApprove(address(POOL), assets);
        POOL.supply(ASSET, assets, address(this), 0);
        emit EventsLib.SourceDeposit(VAULT, assets);
    }

    /// @inheritdoc ISource
    /// @dev Withdrawing the whole balance (or more) passes type(uint256).max to the pool so no dust remains.
    function withdraw(uint256 assets, address receiver) external onlyVault returns (uint256 withdrawn) {
        if (assets == 0) revert ErrorsLib.ZeroAmount();
        uint256 amount = assets >= totalAssets() ? type(uint256).max : assets;
        withdrawn = POOL.withdraw(ASSET, amount, receiver);
        emit EventsLib.SourceWithdraw(VAULT, receiver, withdrawn);
    }
}
