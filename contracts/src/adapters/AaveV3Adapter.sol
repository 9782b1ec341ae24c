// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ISource} from "../interfaces/ISource.sol";
import {IAaveV3Pool, DataTypes} from "../interfaces/IAaveV3Pool.sol";
import {IReserveInterestRateStrategy, IAaveStableDebtToken} from "../interfaces/IAaveV3RateStrategy.sol";
import {AdapterErrorsLib} from "../libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../libraries/AdapterEventsLib.sol";

/// @notice The one Vault function the adapter reads: its governance, the only caller of `sweep`.
interface IVaultGovernance {
    /// @notice The vault's governance address.
    function governance() external view returns (address);
}

/// @title AaveV3Adapter
/// @notice ISource adapter that supplies one vault's assets to an Aave v3 pool (the real one or the local
/// LendingPool). The adapter holds the aTokens; only the vault can move funds.
contract AaveV3Adapter is ISource {
    using SafeERC20 for IERC20;

    /// @dev Aave's ReserveConfiguration: reserve factor in bits 64-79 (bps).
    uint256 internal constant RESERVE_FACTOR_START_BIT_POSITION = 64;
    uint256 internal constant RESERVE_FACTOR_MASK = 0xFFFF;
    /// @dev Aave's ReserveConfiguration: unbacked mint cap in bits 176-211.
    uint256 internal constant UNBACKED_MINT_CAP_START_BIT_POSITION = 176;
    uint256 internal constant UNBACKED_MINT_CAP_MASK = 0xFFFFFFFFF;
    /// @dev Aave's ReserveConfiguration: the reserve is active (bit 56) / paused (bit 60). Aave's
    /// ValidationLogic.validateWithdraw refuses a withdrawal unless active and not paused.
    uint256 internal constant ACTIVE_MASK = 1 << 56;
    uint256 internal constant PAUSED_MASK = 1 << 60;

    address internal immutable VAULT;
    address internal immutable ASSET;
    /// @notice The Aave v3 pool.
    IAaveV3Pool public immutable POOL;
    /// @notice The reserve's aToken, read from the pool at construction.
    IERC20 public immutable A_TOKEN;

    modifier onlyVault() {
        if (msg.sender != VAULT) revert AdapterErrorsLib.NotVault();
        _;
    }

    /// @param vault_ The only vault allowed to deposit and withdraw.
    /// @param pool_ The Aave v3 pool.
    /// @param asset_ The reserve asset.
    constructor(address vault_, address pool_, address asset_) {
        if (vault_ == address(0) || pool_ == address(0) || asset_ == address(0)) {
            revert AdapterErrorsLib.ZeroAddress();
        }
        address aToken = IAaveV3Pool(pool_).getReserveData(asset_).aTokenAddress;
        if (aToken == address(0)) revert AdapterErrorsLib.ZeroAddress();
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
    /// @dev 0 while the reserve is paused or not active (Aave would refuse the withdrawal), so the vault skips
    /// this source; else min(totalAssets, the reserve's free liquidity).
    function maxWithdraw() external view returns (uint256) {
        uint256 config = POOL.getReserveData(ASSET).configuration.data;
        if (config & ACTIVE_MASK == 0 || config & PAUSED_MASK != 0) return 0;
        uint256 assets = totalAssets();
        uint256 liquidity = IERC20(ASSET).balanceOf(address(A_TOKEN));
        return assets < liquidity ? assets : liquidity;
    }

    /// @inheritdoc ISource
    function supplyRate() external view returns (uint256) {
        return POOL.getReserveData(ASSET).currentLiquidityRate;
    }

    /// @inheritdoc ISource
    /// @dev Builds the params exactly as Aave v3.0's ReserveLogic.updateInterestRates does on a supply
    /// (liquidityAdded) or withdraw (liquidityTaken) in the current block: total variable debt = the variable
    /// debt token's supply accrued to now, stable debt and average stable rate from the stable debt token (if
    /// any), the reserve factor from the configuration bitmap (bits 64-79), `unbacked` only when the unbacked
    /// mint cap (bits 176-211) is set; then calls the reserve's interest rate strategy. Reverts if
    /// `assetsRemoved` exceeds the reserve's available liquidity plus `assetsAdded`.
    function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) external view returns (uint256 liquidityRate) {
        DataTypes.ReserveDataLegacy memory reserve = POOL.getReserveData(ASSET);
        uint256 config = reserve.configuration.data;
        uint256 totalStableDebt;
        uint256 averageStableBorrowRate;
        if (reserve.stableDebtTokenAddress != address(0)) {
            (totalStableDebt, averageStableBorrowRate) =
                IAaveStableDebtToken(reserve.stableDebtTokenAddress).getTotalSupplyAndAvgRate();
        }
        uint256 unbackedMintCap = (config >> UNBACKED_MINT_CAP_START_BIT_POSITION) & UNBACKED_MINT_CAP_MASK;
        (liquidityRate,,) = IReserveInterestRateStrategy(reserve.interestRateStrategyAddress)
            .calculateInterestRates(
                DataTypes.CalculateInterestRatesParams({
                unbacked: unbackedMintCap != 0 ? reserve.unbacked : 0,
                liquidityAdded: assetsAdded,
                liquidityTaken: assetsRemoved,
                totalStableDebt: totalStableDebt,
                totalVariableDebt: IERC20(reserve.variableDebtTokenAddress).totalSupply(),
                averageStableBorrowRate: averageStableBorrowRate,
                reserveFactor: (config >> RESERVE_FACTOR_START_BIT_POSITION) & RESERVE_FACTOR_MASK,
                reserve: ASSET,
                aToken: reserve.aTokenAddress
            })
            );
    }

    /// @notice Only the vault's governance (IVaultGovernance(vault).governance()): sends the adapter's whole
    /// balance of a stray token, e.g. protocol rewards such as Aave incentives, to `to`. Reverts with ProtectedToken
    /// for the asset and for the aToken (the position), so it can never move depositors' funds.
    /// @param token The token to sweep.
    /// @param to Receiver of the tokens.
    /// @return amount The amount swept.
    function sweep(address token, address to) external returns (uint256 amount) {
        if (msg.sender != IVaultGovernance(VAULT).governance()) revert AdapterErrorsLib.NotGovernance();
        if (to == address(0)) revert AdapterErrorsLib.ZeroAddress();
        if (token == ASSET || token == address(A_TOKEN)) revert AdapterErrorsLib.ProtectedToken(token);
        amount = IERC20(token).balanceOf(address(this));
        if (amount == 0) revert AdapterErrorsLib.ZeroAmount();
        IERC20(token).safeTransfer(to, amount);
        emit AdapterEventsLib.Swept(token, to, amount);
    }

    /// @inheritdoc ISource
    function deposit(uint256 assets) external onlyVault {
        if (assets == 0) revert AdapterErrorsLib.ZeroAmount();
        IERC20(ASSET).safeTransferFrom(VAULT, address(this), assets);
        IERC20(ASSET).forceApprove(address(POOL), assets);
        POOL.supply(ASSET, assets, address(this), 0);
        emit AdapterEventsLib.SourceDeposit(VAULT, assets);
    }

    /// @inheritdoc ISource
    /// @dev Withdrawing the whole balance (or more) passes type(uint256).max to the pool so no dust remains.
    function withdraw(uint256 assets, address receiver) external onlyVault returns (uint256 withdrawn) {
        if (assets == 0) revert AdapterErrorsLib.ZeroAmount();
        uint256 amount = assets >= totalAssets() ? type(uint256).max : assets;
        withdrawn = POOL.withdraw(ASSET, amount, receiver);
        emit AdapterEventsLib.SourceWithdraw(VAULT, receiver, withdrawn);
    }
}
