// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IComet} from "../interfaces/IComet.sol";
import {MockErrorsLib} from "../libraries/MockErrorsLib.sol";
import {MockEventsLib} from "../libraries/MockEventsLib.sol";

/// @title Comet
/// @notice A local-chain Compound v3 market for ONE base asset with Comet's interest math: per-second kinked
/// supply and borrow rates (rate = base + slopeLow·u below the kink, base + slopeLow·kink + slopeHigh·(u − kink)
/// above, all 1e18-scaled), per-year constructor parameters divided by SECONDS_PER_YEAR like Comet's constructor,
/// and supply/borrow indexes (1e15-scaled) accrued per second as in Comet's accrueInternal
/// (index += index·rate·Δt / 1e18, rates taken at the utilization of the stored indexes). Balances are
/// principals; present value = principal·index / 1e15 (supply principal rounds down, borrow principal up).
/// Pause: Comet's `pause(supply, transfer, withdraw, absorb, buy)` flags (bit-packed as in Comet), settable by
/// the deployer (standing in for Comet's governance / pause guardian); the supply flag blocks `supply` and
/// `repay`, the withdraw flag `withdraw`, `withdrawTo` and `borrow` (Comet's `Paused()`); the transfer, absorb
/// and buy flags are stored and reported only.
/// @dev Upstream: follows contracts/Comet.sol of compound-finance/comet as deployed for Compound III's first market
/// (cUSDCv3, the v1 launch of August 2022): getUtilization, getSupplyRate/getBorrowRate(utilization) as uint64
/// per-second rates with separate supply and borrow kinks, accruedInterestIndices/accrueInternal, the
/// presentValue/principalValue rounding and the pause flag offsets, which the repository's main branch still has.
/// It stays a port: no npm package ships Comet's contracts (the repository publishes none), unlike Aave v3 and
/// Morpho Blue, which the tests deploy from their npm packages.
/// Differences from Comet, all local-only: there is no collateral, tracking or reserves accounting;
/// `borrow(amount)` / `repay(amount)` let simulated borrowers borrow base WITHOUT collateral so that
/// utilization and rates move; supplier and borrower positions are kept apart (a supplier cannot withdraw more
/// than its balance: `InsufficientBalance` instead of opening a borrow), and a withdrawal or borrow larger than
/// the market's token balance reverts with `InsufficientPoolLiquidity` instead of the token's transfer error.
contract Comet is IComet {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Seconds per year used to convert per-year rate parameters (Comet's constant).
    uint64 public constant SECONDS_PER_YEAR = 31_536_000;
    /// @notice Scale of the supply and borrow indexes.
    uint64 public constant BASE_INDEX_SCALE = 1e15;
    /// @notice Scale of factors (utilization, kinks, rates).
    uint64 public constant FACTOR_SCALE = 1e18;

    address internal immutable BASE_TOKEN;

    /// @notice Utilization at which the supply rate slope changes (1e18 scale).
    uint64 public immutable supplyKink;
    /// @notice Per-second supply rate slope below the kink.
    uint64 public immutable supplyPerSecondInterestRateSlopeLow;
    /// @notice Per-second supply rate slope above the kink.
    uint64 public immutable supplyPerSecondInterestRateSlopeHigh;
    /// @notice Per-second base supply rate.
    uint64 public immutable supplyPerSecondInterestRateBase;
    /// @notice Utilization at which the borrow rate slope changes (1e18 scale).
    uint64 public immutable borrowKink;
    /// @notice Per-second borrow rate slope below the kink.
    uint64 public immutable borrowPerSecondInterestRateSlopeLow;
    /// @notice Per-second borrow rate slope above the kink.
    uint64 public immutable borrowPerSecondInterestRateSlopeHigh;
    /// @notice Per-second base borrow rate.
    uint64 public immutable borrowPerSecondInterestRateBase;

    /// @notice Supply index (1e15 scale) as of `lastAccrualTime`.
    uint64 public baseSupplyIndex;
    /// @notice Borrow index (1e15 scale) as of `lastAccrualTime`.
    uint64 public baseBorrowIndex;
    /// @notice Timestamp of the last accrual.
    uint40 public lastAccrualTime;
    /// @notice Sum of supply principals.
    uint104 public totalSupplyBase;
    /// @notice Sum of borrow principals.
    uint104 public totalBorrowBase;

    mapping(address => uint104) internal _supplyPrincipal;
    mapping(address => uint104) internal _borrowPrincipal;

    /// @notice The only account allowed to `pause` (the deployer; Comet's governance / pause guardian).
    address public immutable governor;
    /// @dev Comet's pause flags, one bit per action (offsets as in Comet).
    uint8 internal _pauseFlags;

    uint8 internal constant PAUSE_SUPPLY_OFFSET = 0;
    uint8 internal constant PAUSE_TRANSFER_OFFSET = 1;
    uint8 internal constant PAUSE_WITHDRAW_OFFSET = 2;
    uint8 internal constant PAUSE_ABSORB_OFFSET = 3;
    uint8 internal constant PAUSE_BUY_OFFSET = 4;

    /// @param baseToken_ The base asset.
    /// @param supplyKink_ Supply kink (1e18 = 100% utilization).
    /// @param supplyPerYearInterestRateSlopeLow_ Per-year supply slope below the kink (1e18 scale).
    /// @param supplyPerYearInterestRateSlopeHigh_ Per-year supply slope above the kink (1e18 scale).
    /// @param supplyPerYearInterestRateBase_ Per-year base supply rate (1e18 scale).
    /// @param borrowKink_ Borrow kink (1e18 = 100% utilization).
    /// @param borrowPerYearInterestRateSlopeLow_ Per-year borrow slope below the kink (1e18 scale).
    /// @param borrowPerYearInterestRateSlopeHigh_ Per-year borrow slope above the kink (1e18 scale).
    /// @param borrowPerYearInterestRateBase_ Per-year base borrow rate (1e18 scale).
    constructor(
        address baseToken_,
        uint64 supplyKink_,
        uint64 supplyPerYearInterestRateSlopeLow_,
        uint64 supplyPerYearInterestRateSlopeHigh_,
        uint64 supplyPerYearInterestRateBase_,
        uint64 borrowKink_,
        uint64 borrowPerYearInterestRateSlopeLow_,
        uint64 borrowPerYearInterestRateSlopeHigh_,
        uint64 borrowPerYearInterestRateBase_
    ) {
        if (baseToken_ == address(0)) revert MockErrorsLib.ZeroAddress();
        if (supplyKink_ > FACTOR_SCALE || borrowKink_ > FACTOR_SCALE) revert MockErrorsLib.InvalidRateParams();
        BASE_TOKEN = baseToken_;
        supplyKink = supplyKink_;
        supplyPerSecondInterestRateSlopeLow = supplyPerYearInterestRateSlopeLow_ / SECONDS_PER_YEAR;
        supplyPerSecondInterestRateSlopeHigh = supplyPerYearInterestRateSlopeHigh_ / SECONDS_PER_YEAR;
        supplyPerSecondInterestRateBase = supplyPerYearInterestRateBase_ / SECONDS_PER_YEAR;
        borrowKink = borrowKink_;
        borrowPerSecondInterestRateSlopeLow = borrowPerYearInterestRateSlopeLow_ / SECONDS_PER_YEAR;
        borrowPerSecondInterestRateSlopeHigh = borrowPerYearInterestRateSlopeHigh_ / SECONDS_PER_YEAR;
        borrowPerSecondInterestRateBase = borrowPerYearInterestRateBase_ / SECONDS_PER_YEAR;
        baseSupplyIndex = BASE_INDEX_SCALE;
        baseBorrowIndex = BASE_INDEX_SCALE;
        lastAccrualTime = uint40(block.timestamp);
        governor = msg.sender;
    }

    modifier onlyBase(address asset) {
        if (asset != BASE_TOKEN) revert MockErrorsLib.WrongAsset(asset);
        _;
    }

    modifier whenSupplyNotPaused() {
        if (isSupplyPaused()) revert Paused();
        _;
    }

    modifier whenWithdrawNotPaused() {
        if (isWithdrawPaused()) revert Paused();
        _;
    }

    // ================================================================ Comet pause

    /// @notice Only the deployer (Comet: governance or pause guardian): sets Comet's pause flags.
    /// @param supplyPaused Pauses supply (and repay).
    /// @param transferPaused Pauses transfers (not modelled; reported only).
    /// @param withdrawPaused Pauses withdraw/withdrawTo (and borrow).
    /// @param absorbPaused Pauses absorb (not modelled; reported only).
    /// @param buyPaused Pauses buyCollateral (not modelled; reported only).
    function pause(bool supplyPaused, bool transferPaused, bool withdrawPaused, bool absorbPaused, bool buyPaused)
        external
    {
        if (msg.sender != governor) revert Unauthorized();
        _pauseFlags = (_flag(supplyPaused) << PAUSE_SUPPLY_OFFSET) | (_flag(transferPaused) << PAUSE_TRANSFER_OFFSET)
            | (_flag(withdrawPaused) << PAUSE_WITHDRAW_OFFSET) | (_flag(absorbPaused) << PAUSE_ABSORB_OFFSET)
            | (_flag(buyPaused) << PAUSE_BUY_OFFSET);
    }

    /// @notice Whether supplies (and repays) are paused.
    function isSupplyPaused() public view returns (bool) {
        return _pauseFlags & (uint8(1) << PAUSE_SUPPLY_OFFSET) != 0;
    }

    /// @notice Whether transfers are paused (not modelled).
    function isTransferPaused() external view returns (bool) {
        return _pauseFlags & (uint8(1) << PAUSE_TRANSFER_OFFSET) != 0;
    }

    /// @notice Whether withdrawals (and borrows) are paused.
    function isWithdrawPaused() public view returns (bool) {
        return _pauseFlags & (uint8(1) << PAUSE_WITHDRAW_OFFSET) != 0;
    }

    /// @notice Whether absorbs are paused (not modelled).
    function isAbsorbPaused() external view returns (bool) {
        return _pauseFlags & (uint8(1) << PAUSE_ABSORB_OFFSET) != 0;
    }

    /// @notice Whether buyCollateral is paused (not modelled).
    function isBuyPaused() external view returns (bool) {
        return _pauseFlags & (uint8(1) << PAUSE_BUY_OFFSET) != 0;
    }

    // ================================================================ Comet actions

    /// @notice Supplies `amount` of the base asset from the caller to the caller's balance.
    /// @param asset Must be the base token (collateral assets are not supported).
    /// @param amount Amount to supply.
    function supply(address asset, uint256 amount) external onlyBase(asset) whenSupplyNotPaused {
        accrueInternal();
        uint104 principal = _supplyPrincipal[msg.sender];
        uint104 newPrincipal =
            principalValueSupply(baseSupplyIndex, presentValueSupply(baseSupplyIndex, principal) + amount);
        _supplyPrincipal[msg.sender] = newPrincipal;
        // Comet's repayAndSupplyAmount: a principal lowered by rounding supplies nothing.
        if (newPrincipal > principal) totalSupplyBase += newPrincipal - principal;
        IERC20(BASE_TOKEN).safeTransferFrom(msg.sender, address(this), amount);
        emit MockEventsLib.Supply(msg.sender, msg.sender, amount);
    }

    /// @notice Withdraws `amount` (type(uint256).max = whole balance) of the caller's base balance to the caller.
    /// @param asset Must be the base token.
    /// @param amount Amount to withdraw.
    function withdraw(address asset, uint256 amount) external onlyBase(asset) whenWithdrawNotPaused {
        _withdrawBase(msg.sender, amount);
    }

    /// @notice Withdraws `amount` (type(uint256).max = whole balance) of the caller's base balance to `to`.
    /// @param to Receiver of the base asset.
    /// @param asset Must be the base token.
    /// @param amount Amount to withdraw.
    function withdrawTo(address to, address asset, uint256 amount)
        external
        onlyBase(asset)
        whenWithdrawNotPaused
    {
        if (to == address(0)) revert MockErrorsLib.ZeroAddress();
        _withdrawBase(to, amount);
    }

    /// @notice Local-only: borrows `amount` of base to the caller WITHOUT collateral (simulated borrowers move
    /// the utilization; real Comet requires collateral and a minimum borrow).
    /// @param amount Amount to borrow.
    function borrow(uint256 amount) external whenWithdrawNotPaused {
        accrueInternal();
        _checkLiquidity(amount);
        uint104 principal = _borrowPrincipal[msg.sender];
        uint104 newPrincipal =
            principalValueBorrow(baseBorrowIndex, presentValueBorrow(baseBorrowIndex, principal) + amount);
        _borrowPrincipal[msg.sender] = newPrincipal;
        if (newPrincipal > principal) totalBorrowBase += newPrincipal - principal;
        IERC20(BASE_TOKEN).safeTransfer(msg.sender, amount);
        emit MockEventsLib.Borrow(msg.sender, amount);
    }

    /// @notice Local-only: repays up to `amount` (capped at the debt; type(uint256).max = all) of the caller's
    /// base debt, pulling the base asset from the caller.
    /// @param amount Amount to repay.
    /// @return paid The amount repaid.
    function repay(uint256 amount) external whenSupplyNotPaused returns (uint256 paid) {
        accrueInternal();
        uint104 principal = _borrowPrincipal[msg.sender];
        if (principal == 0) revert MockErrorsLib.NoDebt();
        uint256 debt = presentValueBorrow(baseBorrowIndex, principal);
        paid = amount < debt ? amount : debt;
        uint104 newPrincipal = principalValueBorrow(baseBorrowIndex, debt - paid);
        _borrowPrincipal[msg.sender] = newPrincipal;
        totalBorrowBase -= principal - newPrincipal;
        IERC20(BASE_TOKEN).safeTransferFrom(msg.sender, address(this), paid);
        emit MockEventsLib.Repay(msg.sender, msg.sender, paid);
    }

    /// @notice Accrues the market's interest (Comet's accrueInternal); account tracking is not modelled.
    function accrueAccount(address) external {
        accrueInternal();
    }

    // ================================================================ Comet views

    /// @notice The base token.
    function baseToken() external view returns (address) {
        return BASE_TOKEN;
    }

    /// @notice Base balance of `account` including interest accrued up to now.
    /// @param account The supplier.
    function balanceOf(address account) public view returns (uint256) {
        (uint64 supplyIndex,) = accruedInterestIndices(block.timestamp - lastAccrualTime);
        return presentValueSupply(supplyIndex, _supplyPrincipal[account]);
    }

    /// @notice Base debt of `account` including interest accrued up to now.
    /// @param account The borrower.
    function borrowBalanceOf(address account) external view returns (uint256) {
        (, uint64 borrowIndex) = accruedInterestIndices(block.timestamp - lastAccrualTime);
        return presentValueBorrow(borrowIndex, _borrowPrincipal[account]);
    }

    /// @notice Stored supply principal of `account`.
    /// @param account The supplier.
    function supplyPrincipalOf(address account) external view returns (uint256) {
        return _supplyPrincipal[account];
    }

    /// @notice Total base supplied including interest accrued up to now.
    function totalSupply() external view returns (uint256) {
        (uint64 supplyIndex,) = accruedInterestIndices(block.timestamp - lastAccrualTime);
        return presentValueSupply(supplyIndex, totalSupplyBase);
    }

    /// @notice Total base borrowed including interest accrued up to now.
    function totalBorrow() external view returns (uint256) {
        (, uint64 borrowIndex) = accruedInterestIndices(block.timestamp - lastAccrualTime);
        return presentValueBorrow(borrowIndex, totalBorrowBase);
    }

    /// @notice Utilization at the stored indexes, totalBorrow·1e18 / totalSupply (0 without supply).
    function getUtilization() public view returns (uint256) {
        uint256 totalSupply_ = presentValueSupply(baseSupplyIndex, totalSupplyBase);
        uint256 totalBorrow_ = presentValueBorrow(baseBorrowIndex, totalBorrowBase);
        if (totalSupply_ == 0) return 0;
        return totalBorrow_ * FACTOR_SCALE / totalSupply_;
    }

    /// @notice Per-second supply rate (1e18 scale) at `utilization` (1e18 scale).
    /// @param utilization The utilization.
    function getSupplyRate(uint256 utilization) public view returns (uint64) {
        if (utilization <= supplyKink) {
            return
                (supplyPerSecondInterestRateBase + mulFactor(supplyPerSecondInterestRateSlopeLow, utilization))
                .toUint64();
        }
        return (supplyPerSecondInterestRateBase + mulFactor(supplyPerSecondInterestRateSlopeLow, supplyKink)
                + mulFactor(supplyPerSecondInterestRateSlopeHigh, utilization - supplyKink))
        .toUint64();
    }

    /// @notice Per-second borrow rate (1e18 scale) at `utilization` (1e18 scale).
    /// @param utilization The utilization.
    function getBorrowRate(uint256 utilization) public view returns (uint64) {
        if (utilization <= borrowKink) {
            return
                (borrowPerSecondInterestRateBase + mulFactor(borrowPerSecondInterestRateSlopeLow, utilization))
                .toUint64();
        }
        return (borrowPerSecondInterestRateBase + mulFactor(borrowPerSecondInterestRateSlopeLow, borrowKink)
                + mulFactor(borrowPerSecondInterestRateSlopeHigh, utilization - borrowKink))
        .toUint64();
    }

    // ================================================================ internals (Comet's math)

    /// @dev Comet's accruedInterestIndices: the indexes after `timeElapsed` at the current rates.
    function accruedInterestIndices(uint256 timeElapsed) internal view returns (uint64, uint64) {
        uint64 supplyIndex = baseSupplyIndex;
        uint64 borrowIndex = baseBorrowIndex;
        if (timeElapsed > 0) {
            uint256 utilization = getUtilization();
            uint256 supplyRate = getSupplyRate(utilization);
            uint256 borrowRate = getBorrowRate(utilization);
            supplyIndex += mulFactor(supplyIndex, supplyRate * timeElapsed).toUint64();
            borrowIndex += mulFactor(borrowIndex, borrowRate * timeElapsed).toUint64();
        }
        return (supplyIndex, borrowIndex);
    }

    /// @dev Comet's accrueInternal.
    function accrueInternal() internal {
        uint256 timeElapsed = block.timestamp - lastAccrualTime;
        if (timeElapsed > 0) {
            (baseSupplyIndex, baseBorrowIndex) = accruedInterestIndices(timeElapsed);
            lastAccrualTime = uint40(block.timestamp);
        }
    }

    function _withdrawBase(address to, uint256 amount) internal {
        accrueInternal();
        uint104 principal = _supplyPrincipal[msg.sender];
        uint256 balance = presentValueSupply(baseSupplyIndex, principal);
        if (amount == type(uint256).max) amount = balance;
        if (amount > balance) revert MockErrorsLib.InsufficientBalance(amount, balance);
        _checkLiquidity(amount);
        uint104 newPrincipal = principalValueSupply(baseSupplyIndex, balance - amount);
        _supplyPrincipal[msg.sender] = newPrincipal;
        totalSupplyBase -= principal - newPrincipal;
        IERC20(BASE_TOKEN).safeTransfer(to, amount);
        emit MockEventsLib.Withdraw(msg.sender, to, amount);
    }

    function _checkLiquidity(uint256 amount) internal view {
        uint256 available = IERC20(BASE_TOKEN).balanceOf(address(this));
        if (amount > available) revert MockErrorsLib.InsufficientPoolLiquidity(amount, available);
    }

    function _flag(bool paused) internal pure returns (uint8) {
        return paused ? 1 : 0;
    }

    function mulFactor(uint256 n, uint256 factor) internal pure returns (uint256) {
        return n * factor / FACTOR_SCALE;
    }

    function presentValueSupply(uint64 index, uint256 principal) internal pure returns (uint256) {
        return principal * index / BASE_INDEX_SCALE;
    }

    function presentValueBorrow(uint64 index, uint256 principal) internal pure returns (uint256) {
        return principal * index / BASE_INDEX_SCALE;
    }

    function principalValueSupply(uint64 index, uint256 presentValue) internal pure returns (uint104) {
        return (presentValue * BASE_INDEX_SCALE / index).toUint104();
    }

    function principalValueBorrow(uint64 index, uint256 presentValue) internal pure returns (uint104) {
        return ((presentValue * BASE_INDEX_SCALE + index - 1) / index).toUint104();
    }
}
