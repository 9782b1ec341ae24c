// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IAaveV3Pool, DataTypes} from "../interfaces/IAaveV3Pool.sol";
import {
    AaveRateAbi,
    IDefaultInterestRateStrategyV2,
    IReserveInterestRateStrategyV31,
    IReserveInterestRateStrategyV32
} from "../interfaces/IAaveV3RateStrategy.sol";
import {ErrorsLib} from "../libraries/ErrorsLib.sol";
import {MockErrorsLib} from "../libraries/MockErrorsLib.sol";
import {EventsLib} from "../libraries/EventsLib.sol";
import {MathUtils} from "../libraries/MathUtils.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {AToken} from "./AToken.sol";
import {DefaultReserveInterestRateStrategy} from "./DefaultReserveInterestRateStrategy.sol";
import {
    DefaultReserveInterestRateStrategyV2,
    DefaultReserveInterestRateStrategyV31
} from "./DefaultReserveInterestRateStrategyV2.sol";
import {VariableDebtToken} from "./VariableDebtToken.sol";

/// @title LendingPool
/// @notice A local-chain lending pool for ONE reserve that implements the Aave v3 IPool subset with Aave v3's
/// math: rates come from a separate interest rate strategy deployed by the constructor
/// (`getReserveData().interestRateStrategyAddress`), a linearly accruing liquidity
/// index (MathUtils.calculateLinearInterest), a compounding variable borrow index (Aave's 3-term
/// calculateCompoundedInterest approximation) and a reserve factor accruing to the treasury. Indexes are
/// updated, then rates, on every supply/withdraw/borrow/repay (ReserveLogic.updateState/updateInterestRates).
/// The underlying liquidity is held by the AToken, so free liquidity = asset.balanceOf(aToken). The variable
/// debt is reported by a read-only VariableDebtToken (`getReserveData().variableDebtTokenAddress`), and the
/// reserve factor and decimals are packed into `configuration` as in Aave's ReserveConfiguration.
///
/// The pool acts as one Aave version, chosen at construction (`AAVE_VERSION`), with that version's strategy ABI:
/// - V3_0: Aave v3.0's DefaultReserveInterestRateStrategy (reads the aToken's token balance); free liquidity is
///   asset.balanceOf(aToken); `getVirtualUnderlyingBalance` does not exist (reverts).
/// - V3_1: v3.1's DefaultReserveInterestRateStrategyV2 (stable-debt params, virtual balance, 3 return values);
/// - V3_2: v3.2+'s DefaultReserveInterestRateStrategyV2 (no stable debt, 2 return values).
/// From V3_1 on, the pool keeps Aave's virtual accounting: the virtual underlying balance grows with supplies and
/// repayments and shrinks with withdrawals and borrows (a token donation to the aToken does not count), it is
/// the free liquidity and the strategy's available liquidity, and configuration bit 252 is set. The V2
/// strategies store rates in bps, so those versions need rate parameters that are whole bps (multiples of 1e23).
/// @dev Borrowing requires NO collateral: this mock exists only so that local rates move. Only variable-rate
/// debt (interestRateMode 2) is supported; there are no stable rates, no liquidations and no unbacked supply.
contract LendingPool is IAaveV3Pool {
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;

    /// @notice Variable interest rate mode, as in Aave.
    uint256 public constant VARIABLE_RATE_MODE = 2;

    /// @notice The reserve asset.
    address public immutable ASSET;
    /// @notice The reserve's aToken (holds the underlying liquidity).
    AToken public immutable A_TOKEN;
    /// @notice The reserve's variable debt token (a read-only view of the pool's debt).
    VariableDebtToken public immutable VARIABLE_DEBT_TOKEN;
    /// @notice The Aave version (strategy ABI and accounting) the pool acts as.
    AaveRateAbi public immutable AAVE_VERSION;
    /// @notice The reserve's interest rate strategy (DefaultReserveInterestRateStrategy for V3_0,
    /// DefaultReserveInterestRateStrategyV31 for V3_1, DefaultReserveInterestRateStrategyV2 for V3_2).
    address public immutable INTEREST_RATE_STRATEGY;
    /// @notice Base variable borrow rate (ray); mirrors the strategy's parameter.
    uint256 public immutable BASE_VARIABLE_BORROW_RATE;
    /// @notice Variable rate slope below the optimal usage ratio (ray).
    uint256 public immutable VARIABLE_RATE_SLOPE1;
    /// @notice Variable rate slope above the optimal usage ratio (ray).
    uint256 public immutable VARIABLE_RATE_SLOPE2;
    /// @notice Optimal usage ratio, the kink (ray).
    uint256 public immutable OPTIMAL_USAGE_RATIO;
    /// @notice 1 - OPTIMAL_USAGE_RATIO (ray).
    uint256 public immutable MAX_EXCESS_USAGE_RATIO;
    /// @notice Share of borrow interest going to the treasury (bps); also in `configuration` bits 64-79.
    uint256 public immutable RESERVE_FACTOR;
    /// @notice Receiver of the treasury's aTokens (the deployer).
    address public immutable TREASURY;

    // Aave's ReserveConfiguration bit positions.
    uint256 internal constant DECIMALS_START_BIT_POSITION = 48;
    uint256 internal constant IS_ACTIVE_FLAG = 0x0100000000000000; // bit 56
    uint256 internal constant BORROWING_ENABLED_FLAG = 0x0400000000000000; // bit 58
    uint256 internal constant PAUSED_FLAG = 0x1000000000000000; // bit 60
    uint256 internal constant RESERVE_FACTOR_START_BIT_POSITION = 64;
    uint256 internal constant SUPPLY_CAP_START_BIT_POSITION = 116;
    uint256 internal constant VIRTUAL_ACC_ACTIVE_FLAG = 1 << 252;
    uint256 internal constant BPS_TO_RAY = 1e23;

    uint256 internal immutable _configuration;
    uint256 internal _liquidityIndex;
    uint256 internal _variableBorrowIndex;
    uint256 internal _currentLiquidityRate;
    uint256 internal _currentVariableBorrowRate;
    uint40 internal _lastUpdateTimestamp;
    /// @dev The supply cap in whole tokens (0 = none), set by `setSupplyCap` (packed with the timestamp above, so a
    /// supply reads it at no extra cost).
    uint40 internal _supplyCap;
    uint256 internal _accruedToTreasury; // scaled by the liquidity index, as in Aave
    uint256 internal _scaledTotalDebt;
    mapping(address => uint256) internal _scaledDebt;
    /// @dev Local-only reserve status set by `setReserveStatus` (appended: storage layout unchanged above).
    bool internal _inactive;
    bool internal _paused;
    /// @dev Aave v3.1+'s virtual underlying balance (kept only from V3_1 on, as in Aave).
    uint256 internal _virtualUnderlyingBalance;

    /// @notice `setReserveStatus` or `setSupplyCap` was called by someone other than the deployer.
    error NotDeployer();

    /// @param asset The reserve asset (must implement ERC20 metadata).
    /// @param baseVariableBorrowRate Base variable borrow rate (ray).
    /// @param variableRateSlope1 Slope below the kink (ray).
    /// @param variableRateSlope2 Slope above the kink (ray).
    /// @param optimalUsageRatio The kink (ray), in (0, 1e27).
    /// @param reserveFactorBps Reserve factor in bps (≤ 10000).
    /// @param version The Aave version to act as (see the contract documentation).
    constructor(
        address asset,
        uint256 baseVariableBorrowRate,
        uint256 variableRateSlope1,
        uint256 variableRateSlope2,
        uint256 optimalUsageRatio,
        uint256 reserveFactorBps,
        AaveRateAbi version
    ) {
        if (asset == address(0)) revert ErrorsLib.ZeroAddress();
        if (optimalUsageRatio == 0 || optimalUsageRatio >= WadRayMath.RAY) revert ErrorsLib.InvalidRateParams();
        if (reserveFactorBps > WadRayMath.PERCENTAGE_FACTOR) revert ErrorsLib.InvalidBps(reserveFactorBps);
        ASSET = asset;
        BASE_VARIABLE_BORROW_RATE = baseVariableBorrowRate;
        VARIABLE_RATE_SLOPE1 = variableRateSlope1;
        VARIABLE_RATE_SLOPE2 = variableRateSlope2;
        OPTIMAL_USAGE_RATIO = optimalUsageRatio;
        MAX_EXCESS_USAGE_RATIO = WadRayMath.RAY - optimalUsageRatio;
        RESERVE_FACTOR = reserveFactorBps;
        TREASURY = msg.sender;
        string memory symbol = IERC20Metadata(asset).symbol();
        uint8 decimals = IERC20Metadata(asset).decimals();
        A_TOKEN = new AToken(
            address(this), asset, string.concat("Local Aave ", symbol), string.concat("a", symbol), decimals
        );
        VARIABLE_DEBT_TOKEN = new VariableDebtToken(
            address(this),
            asset,
            string.concat("Local Aave Variable Debt ", symbol),
            string.concat("variableDebt", symbol),
            decimals
        );
        AAVE_VERSION = version;
        uint256 configuration = (uint256(decimals) << DECIMALS_START_BIT_POSITION) | IS_ACTIVE_FLAG
            | BORROWING_ENABLED_FLAG | (reserveFactorBps << RESERVE_FACTOR_START_BIT_POSITION);
        if (version == AaveRateAbi.V3_0) {
            INTEREST_RATE_STRATEGY = address(
                new DefaultReserveInterestRateStrategy(
                    address(this),
                    optimalUsageRatio,
                    baseVariableBorrowRate,
                    variableRateSlope1,
                    variableRateSlope2,
                    0,
                    0,
                    0,
                    0,
                    0
                )
            );
        } else {
            INTEREST_RATE_STRATEGY = _deployStrategyV2(
                version,
                asset,
                IDefaultInterestRateStrategyV2.InterestRateData({
                    optimalUsageRatio: SafeCast.toUint16(_toBps(optimalUsageRatio)),
                    baseVariableBorrowRate: SafeCast.toUint32(_toBps(baseVariableBorrowRate)),
                    variableRateSlope1: SafeCast.toUint32(_toBps(variableRateSlope1)),
                    variableRateSlope2: SafeCast.toUint32(_toBps(variableRateSlope2))
                })
            );
            configuration |= VIRTUAL_ACC_ACTIVE_FLAG;
        }
        _configuration = configuration;
        _liquidityIndex = WadRayMath.RAY;
        _variableBorrowIndex = WadRayMath.RAY;
        _currentVariableBorrowRate = baseVariableBorrowRate;
        _lastUpdateTimestamp = uint40(block.timestamp);
    }

    modifier onlyAsset(address asset) {
        if (asset != ASSET) revert ErrorsLib.WrongAsset(asset);
        _;
    }

    // ================================================================ IPool actions

    /// @notice Supplies `amount` of the reserve asset from the caller, minting aTokens to `onBehalfOf`.
    /// @param asset The reserve asset.
    /// @param amount Amount to supply (> 0).
    /// @param onBehalfOf Receiver of the aTokens.
    /// @param referralCode Ignored (emitted only).
    function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode) external onlyAsset(asset) {
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        if (onBehalfOf == address(0)) revert ErrorsLib.ZeroAddress();
        _updateState();
        uint256 cap = _supplyCap;
        if (cap != 0) {
            uint256 supplied = (A_TOKEN.scaledTotalSupply() + _accruedToTreasury).rayMul(_liquidityIndex) + amount;
            cap *= 10 ** ((_configuration >> DECIMALS_START_BIT_POSITION) & 0xFF);
            if (supplied > cap) revert MockErrorsLib.SupplyCapExceeded(supplied, cap);
        }
        _updateInterestRates(amount, 0);
        IERC20(ASSET).safeTransferFrom(msg.sender, address(A_TOKEN), amount);
        A_TOKEN.mint(onBehalfOf, amount, _liquidityIndex);
        emit EventsLib.Supply(asset, msg.sender, onBehalfOf, amount, referralCode);
    }

    /// @notice Withdraws `amount` (type(uint256).max = whole balance) of the caller's supply to `to`.
    /// Reverts when the reserve's free liquidity is insufficient.
    /// @param asset The reserve asset.
    /// @param amount Amount to withdraw.
    /// @param to Receiver of the underlying.
    /// @return The amount withdrawn.
    function withdraw(address asset, uint256 amount, address to) external onlyAsset(asset) returns (uint256) {
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        if (to == address(0)) revert ErrorsLib.ZeroAddress();
        _updateState();
        uint256 userBalance = A_TOKEN.scaledBalanceOf(msg.sender).rayMul(_liquidityIndex);
        uint256 amountToWithdraw = amount == type(uint256).max ? userBalance : amount;
        if (amountToWithdraw == 0) revert ErrorsLib.ZeroAmount();
        if (amountToWithdraw > userBalance) revert ErrorsLib.InsufficientBalance(amountToWithdraw, userBalance);
        uint256 available = availableLiquidity();
        if (amountToWithdraw > available) revert ErrorsLib.InsufficientPoolLiquidity(amountToWithdraw, available);
        _updateInterestRates(0, amountToWithdraw);
        A_TOKEN.burn(msg.sender, to, amountToWithdraw, _liquidityIndex);
        emit EventsLib.Withdraw(asset, msg.sender, to, amountToWithdraw);
        return amountToWithdraw;
    }

    /// @notice Borrows `amount` at the variable rate, sending the underlying to the caller and booking the debt
    /// on `onBehalfOf`. NO collateral is required on this local-chain mock. Reverts when the free liquidity is
    /// insufficient or `interestRateMode` is not 2.
    /// @param asset The reserve asset.
    /// @param amount Amount to borrow (> 0).
    /// @param interestRateMode Must be 2 (variable).
    /// @param referralCode Ignored (emitted only).
    /// @param onBehalfOf The debtor.
    function borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf)
        external
        onlyAsset(asset)
    {
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        if (onBehalfOf == address(0)) revert ErrorsLib.ZeroAddress();
        if (interestRateMode != VARIABLE_RATE_MODE) revert ErrorsLib.UnsupportedRateMode(interestRateMode);
        _updateState();
        uint256 available = availableLiquidity();
        if (amount > available) revert ErrorsLib.InsufficientPoolLiquidity(amount, available);
        uint256 scaled = amount.rayDiv(_variableBorrowIndex);
        if (scaled == 0) revert ErrorsLib.ZeroAmount();
        _scaledDebt[onBehalfOf] += scaled;
        _scaledTotalDebt += scaled;
        _updateInterestRates(0, amount);
        A_TOKEN.transferUnderlyingTo(msg.sender, amount);
        emit EventsLib.Borrow(
            asset, msg.sender, onBehalfOf, amount, interestRateMode, _currentVariableBorrowRate, referralCode
        );
    }

    /// @notice Repays up to `amount` (type(uint256).max = whole debt) of `onBehalfOf`'s variable debt, pulling
    /// the underlying from the caller; reduces the scaled debt.
    /// @param asset The reserve asset.
    /// @param amount Amount to repay (> 0).
    /// @param interestRateMode Must be 2 (variable).
    /// @param onBehalfOf The debtor.
    /// @return The amount actually repaid.
    function repay(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf)
        external
        onlyAsset(asset)
        returns (uint256)
    {
        if (amount == 0) revert ErrorsLib.ZeroAmount();
        if (interestRateMode != VARIABLE_RATE_MODE) revert ErrorsLib.UnsupportedRateMode(interestRateMode);
        _updateState();
        uint256 scaledDebt = _scaledDebt[onBehalfOf];
        if (scaledDebt == 0) revert ErrorsLib.NoDebt();
        uint256 debt = scaledDebt.rayMul(_variableBorrowIndex);
        uint256 payback = amount < debt ? amount : debt;
        uint256 scaledBurn = payback == debt ? scaledDebt : payback.rayDiv(_variableBorrowIndex);
        if (scaledBurn > scaledDebt) scaledBurn = scaledDebt;
        _scaledDebt[onBehalfOf] = scaledDebt - scaledBurn;
        _scaledTotalDebt -= scaledBurn;
        _updateInterestRates(payback, 0);
        IERC20(ASSET).safeTransferFrom(msg.sender, address(A_TOKEN), payback);
        emit EventsLib.Repay(asset, onBehalfOf, msg.sender, payback, false);
        return payback;
    }

    /// @notice Mints the treasury's accrued share as aTokens to TREASURY (Aave's mintToTreasury).
    function mintToTreasury() external {
        _updateState();
        uint256 scaled = _accruedToTreasury;
        if (scaled == 0) return;
        _accruedToTreasury = 0;
        A_TOKEN.mintScaled(TREASURY, scaled, _liquidityIndex);
        emit EventsLib.MintedToTreasury(ASSET, scaled.rayMul(_liquidityIndex));
    }

    /// @notice Local-only, deployer only: sets the reserve's active (configuration bit 56) and paused (bit 60)
    /// flags as reported by `getReserveData`, so that adapters' handling of a frozen reserve can be tested.
    /// The mock reports the flags only; it does not enforce them on supply/withdraw/borrow/repay.
    /// @param active Whether the reserve is active.
    /// @param paused Whether the reserve is paused.
    function setReserveStatus(bool active, bool paused) external {
        if (msg.sender != TREASURY) revert NotDeployer();
        _inactive = !active;
        _paused = paused;
    }

    /// @notice Local-only, deployer only: sets the reserve's supply cap in whole tokens (0 = none), reported in
    /// configuration bits 116-151 and enforced on supply as Aave's ValidationLogic does: (scaled total supply +
    /// accrued to treasury)·liquidity index + amount ≤ cap·10^decimals.
    /// @param supplyCap The cap in whole tokens (< 2^36).
    function setSupplyCap(uint256 supplyCap) external {
        if (msg.sender != TREASURY) revert NotDeployer();
        _supplyCap = SafeCast.toUint40(supplyCap);
    }

    // ================================================================ IPool views

    /// @notice Aave v3.1 legacy reserve data for `asset`.
    /// @param asset The reserve asset.
    function getReserveData(address asset)
        external
        view
        onlyAsset(asset)
        returns (DataTypes.ReserveDataLegacy memory data)
    {
        data.configuration.data = _currentConfiguration();
        data.liquidityIndex = SafeCast.toUint128(_liquidityIndex);
        data.currentLiquidityRate = SafeCast.toUint128(_currentLiquidityRate);
        data.variableBorrowIndex = SafeCast.toUint128(_variableBorrowIndex);
        data.currentVariableBorrowRate = SafeCast.toUint128(_currentVariableBorrowRate);
        data.currentStableBorrowRate = 0;
        data.lastUpdateTimestamp = _lastUpdateTimestamp;
        data.id = 0;
        data.aTokenAddress = address(A_TOKEN);
        data.variableDebtTokenAddress = address(VARIABLE_DEBT_TOKEN);
        data.interestRateStrategyAddress = address(INTEREST_RATE_STRATEGY);
        data.accruedToTreasury = SafeCast.toUint128(_accruedToTreasury);
    }

    /// @notice The reserve's configuration bitmap (with the flags set by `setReserveStatus`).
    /// @param asset The reserve asset.
    function getConfiguration(address asset)
        external
        view
        onlyAsset(asset)
        returns (DataTypes.ReserveConfigurationMap memory)
    {
        return DataTypes.ReserveConfigurationMap(_currentConfiguration());
    }

    /// @notice The virtual underlying balance (Aave v3.1+). Reverts with UnsupportedByVersion when the pool acts as
    /// v3.0, which has no such function.
    /// @param asset The reserve asset.
    function getVirtualUnderlyingBalance(address asset) external view onlyAsset(asset) returns (uint128) {
        if (AAVE_VERSION == AaveRateAbi.V3_0) revert MockErrorsLib.UnsupportedByVersion();
        return SafeCast.toUint128(_virtualUnderlyingBalance);
    }

    /// @notice The liquidity index accrued up to now (ray).
    /// @param asset The reserve asset.
    function getReserveNormalizedIncome(address asset) external view onlyAsset(asset) returns (uint256) {
        return _normalizedIncome();
    }

    /// @notice The variable borrow index accrued up to now (ray).
    /// @param asset The reserve asset.
    function getReserveNormalizedVariableDebt(address asset) external view onlyAsset(asset) returns (uint256) {
        return _normalizedDebt();
    }

    // ================================================================ convenience views

    /// @notice Free liquidity: the underlying held by the aToken (v3.0), the virtual underlying balance (v3.1+).
    function availableLiquidity() public view returns (uint256) {
        if (AAVE_VERSION == AaveRateAbi.V3_0) return IERC20(ASSET).balanceOf(address(A_TOKEN));
        return _virtualUnderlyingBalance;
    }

    /// @notice Total variable debt including interest accrued up to now.
    function totalDebt() public view returns (uint256) {
        return _scaledTotalDebt.rayMul(_normalizedDebt());
    }

    /// @notice Debt of `account` including interest accrued up to now.
    /// @param account The debtor.
    function debtOf(address account) external view returns (uint256) {
        return _scaledDebt[account].rayMul(_normalizedDebt());
    }

    /// @notice Stored, index-independent total variable debt.
    function scaledTotalDebt() external view returns (uint256) {
        return _scaledTotalDebt;
    }

    /// @notice Stored, index-independent variable debt of `account`.
    /// @param account The debtor.
    function scaledDebtOf(address account) external view returns (uint256) {
        return _scaledDebt[account];
    }

    /// @notice Current utilisation, debt / (available liquidity + debt), in ray.
    function utilization() external view returns (uint256) {
        return _usageRatio(totalDebt(), availableLiquidity());
    }

    /// @notice Current variable borrow rate, APR in ray (as of the last state update).
    function borrowRate() external view returns (uint256) {
        return _currentVariableBorrowRate;
    }

    /// @notice Current supply (liquidity) rate, APR in ray (as of the last state update).
    function supplyRate() external view returns (uint256) {
        return _currentLiquidityRate;
    }

    /// @notice The supply rate (ray) the reserve would have if `liquidityAdded` were supplied and
    /// `liquidityTaken` withdrawn now, computed by the interest rate strategy exactly as the rate update.
    /// Reverts if more is taken than available.
    /// @param liquidityAdded Liquidity hypothetically added.
    /// @param liquidityTaken Liquidity hypothetically removed.
    function previewSupplyRate(uint256 liquidityAdded, uint256 liquidityTaken) external view returns (uint256) {
        (uint256 liquidityRate,) = _calculateInterestRates(totalDebt(), liquidityAdded, liquidityTaken);
        return liquidityRate;
    }

    /// @notice The borrow rate (ray) for a given utilisation (ray), per the strategy's kinked curve (same
    /// formula and parameters as DefaultReserveInterestRateStrategy's variable rate).
    /// @param usageRatio Utilisation in ray (≤ 1e27).
    function borrowRateAt(uint256 usageRatio) public view returns (uint256 rate) {
        rate = BASE_VARIABLE_BORROW_RATE;
        if (usageRatio > OPTIMAL_USAGE_RATIO) {
            uint256 excess = (usageRatio - OPTIMAL_USAGE_RATIO).rayDiv(MAX_EXCESS_USAGE_RATIO);
            rate += VARIABLE_RATE_SLOPE1 + VARIABLE_RATE_SLOPE2.rayMul(excess);
        } else {
            rate += VARIABLE_RATE_SLOPE1.rayMul(usageRatio).rayDiv(OPTIMAL_USAGE_RATIO);
        }
    }

    /// @notice The supply rate (ray) for a given utilisation (ray): borrowRate·U·(1 − reserveFactor). The strategy
    /// weights the borrow rate by debt in wad→ray units, so the pool's actual rate may differ by rounding.
    /// @param usageRatio Utilisation in ray (≤ 1e27).
    function supplyRateAt(uint256 usageRatio) public view returns (uint256) {
        return borrowRateAt(usageRatio).rayMul(usageRatio).percentMul(WadRayMath.PERCENTAGE_FACTOR - RESERVE_FACTOR);
    }

    // ================================================================ internals

    function _currentConfiguration() internal view returns (uint256 configuration) {
        configuration = _configuration | (uint256(_supplyCap) << SUPPLY_CAP_START_BIT_POSITION);
        if (_inactive) configuration &= ~IS_ACTIVE_FLAG;
        if (_paused) configuration |= PAUSED_FLAG;
    }

    /// @dev Deploys the version's DefaultReserveInterestRateStrategyV2 and sets the reserve's curve, as the pool
    /// configurator does on Aave.
    function _deployStrategyV2(
        AaveRateAbi version,
        address asset,
        IDefaultInterestRateStrategyV2.InterestRateData memory rateData
    ) internal returns (address strategy) {
        strategy = version == AaveRateAbi.V3_1
            ? address(new DefaultReserveInterestRateStrategyV31(address(this)))
            : address(new DefaultReserveInterestRateStrategyV2(address(this)));
        IDefaultInterestRateStrategyV2(strategy).setInterestRateParams(asset, rateData);
    }

    /// @dev A ray rate as whole bps, as the V2 strategies store it; reverts unless exact.
    function _toBps(uint256 rayValue) internal pure returns (uint256) {
        if (rayValue % BPS_TO_RAY != 0) revert ErrorsLib.InvalidRateParams();
        return rayValue / BPS_TO_RAY;
    }

    function _normalizedIncome() internal view returns (uint256) {
        if (_lastUpdateTimestamp == block.timestamp) return _liquidityIndex;
        return MathUtils.calculateLinearInterest(_currentLiquidityRate, _lastUpdateTimestamp).rayMul(_liquidityIndex);
    }

    function _normalizedDebt() internal view returns (uint256) {
        if (_lastUpdateTimestamp == block.timestamp) return _variableBorrowIndex;
        return MathUtils.calculateCompoundedInterest(_currentVariableBorrowRate, _lastUpdateTimestamp)
            .rayMul(_variableBorrowIndex);
    }

    function _usageRatio(uint256 debt, uint256 available) internal pure returns (uint256) {
        if (debt == 0) return 0;
        return debt.rayDiv(available + debt);
    }

    /// @dev Aave's ReserveLogic.updateState: update indexes, then accrue the reserve factor to the treasury.
    function _updateState() internal {
        if (_lastUpdateTimestamp == block.timestamp) return;
        uint256 prevBorrowIndex = _variableBorrowIndex;
        uint256 nextLiquidityIndex = _liquidityIndex;
        uint256 nextBorrowIndex = prevBorrowIndex;
        if (_currentLiquidityRate != 0) {
            nextLiquidityIndex = _normalizedIncome();
            _liquidityIndex = nextLiquidityIndex;
        }
        uint256 scaledDebt = _scaledTotalDebt;
        if (scaledDebt != 0) {
            nextBorrowIndex = _normalizedDebt();
            _variableBorrowIndex = nextBorrowIndex;
            // _accrueToTreasury
            uint256 accrued = scaledDebt.rayMul(nextBorrowIndex) - scaledDebt.rayMul(prevBorrowIndex);
            uint256 amountToMint = accrued.percentMul(RESERVE_FACTOR);
            if (amountToMint != 0) _accruedToTreasury += amountToMint.rayDiv(nextLiquidityIndex);
        }
        _lastUpdateTimestamp = uint40(block.timestamp);
    }

    /// @dev Calls the strategy with the params the version's ReserveLogic builds (v3.0 updateInterestRates, v3.1+
    /// updateInterestRatesAndVirtualBalance; no stable debt, no unbacked supply on this mock).
    function _calculateInterestRates(uint256 debt, uint256 liquidityAdded, uint256 liquidityTaken)
        internal
        view
        returns (uint256 liquidityRate, uint256 variableBorrowRate)
    {
        AaveRateAbi version = AAVE_VERSION;
        if (version == AaveRateAbi.V3_0) {
            (liquidityRate,, variableBorrowRate) = DefaultReserveInterestRateStrategy(INTEREST_RATE_STRATEGY)
                .calculateInterestRates(
                    DataTypes.CalculateInterestRatesParams({
                        unbacked: 0,
                        liquidityAdded: liquidityAdded,
                        liquidityTaken: liquidityTaken,
                        totalStableDebt: 0,
                        totalVariableDebt: debt,
                        averageStableBorrowRate: 0,
                        reserveFactor: RESERVE_FACTOR,
                        reserve: ASSET,
                        aToken: address(A_TOKEN)
                    })
                );
        } else if (version == AaveRateAbi.V3_1) {
            (liquidityRate,, variableBorrowRate) = IReserveInterestRateStrategyV31(INTEREST_RATE_STRATEGY)
                .calculateInterestRates(
                    DataTypes.CalculateInterestRatesParamsV31({
                        unbacked: 0,
                        liquidityAdded: liquidityAdded,
                        liquidityTaken: liquidityTaken,
                        totalStableDebt: 0,
                        totalVariableDebt: debt,
                        averageStableBorrowRate: 0,
                        reserveFactor: RESERVE_FACTOR,
                        reserve: ASSET,
                        usingVirtualBalance: true,
                        virtualUnderlyingBalance: _virtualUnderlyingBalance
                    })
                );
        } else {
            (liquidityRate, variableBorrowRate) = IReserveInterestRateStrategyV32(INTEREST_RATE_STRATEGY)
                .calculateInterestRates(
                    DataTypes.CalculateInterestRatesParamsV32({
                        unbacked: 0,
                        liquidityAdded: liquidityAdded,
                        liquidityTaken: liquidityTaken,
                        totalDebt: debt,
                        reserveFactor: RESERVE_FACTOR,
                        reserve: ASSET,
                        usingVirtualBalance: true,
                        virtualUnderlyingBalance: _virtualUnderlyingBalance
                    })
                );
        }
    }

    /// @dev Aave's ReserveLogic.updateInterestRates; call after _updateState and before moving liquidity.
    function _updateInterestRates(uint256 liquidityAdded, uint256 liquidityTaken) internal {
        uint256 debt = _scaledTotalDebt.rayMul(_variableBorrowIndex);
        (uint256 liquidityRate, uint256 variableBorrowRate) =
            _calculateInterestRates(debt, liquidityAdded, liquidityTaken);
        _currentLiquidityRate = liquidityRate;
        _currentVariableBorrowRate = variableBorrowRate;
        if (AAVE_VERSION != AaveRateAbi.V3_0) {
            _virtualUnderlyingBalance = _virtualUnderlyingBalance + liquidityAdded - liquidityTaken;
        }
        emit EventsLib.ReserveDataUpdated(
            ASSET, liquidityRate, 0, variableBorrowRate, _liquidityIndex, _variableBorrowIndex
        );
    }
}
