// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IAaveV3Pool} from "../interfaces/IAaveV3Pool.sol";
import {ErrorsLib} from "../libraries/ErrorsLib.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title AToken
/// @notice Rebasing receipt token of the local LendingPool, modelled on Aave v3's AToken: balances are stored
/// scaled by the liquidity index, and `balanceOf` = scaledBalance·normalizedIncome (ray, half up). The AToken
/// holds the reserve's underlying liquidity. Only the pool mints, burns and moves underlying.
/// @dev Transfers and approvals between holders are NOT supported on this mock (they revert with
/// `TransfersUnsupported`); suppliers withdraw through the pool instead.
contract AToken is IERC20Metadata {
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;

    /// @notice The pool that owns this token.
    address public immutable POOL;
    /// @notice The underlying reserve asset.
    address public immutable UNDERLYING_ASSET_ADDRESS;

    uint8 private immutable _decimals;
    string private _name;
    string private _symbol;

    mapping(address => uint256) private _scaledBalances;
    uint256 private _scaledTotalSupply;

    modifier onlyPool() {
        if (msg.sender != POOL) revert ErrorsLib.NotPool();
        _;
    }

    /// @param pool_ The lending pool.
    /// @param underlying_ The reserve asset.
    /// @param name_ Token name.
    /// @param symbol_ Token symbol.
    /// @param decimals_ Decimals (same as the underlying).
    constructor(address pool_, address underlying_, string memory name_, string memory symbol_, uint8 decimals_) {
        if (pool_ == address(0) || underlying_ == address(0)) revert ErrorsLib.ZeroAddress();
        POOL = pool_;
        UNDERLYING_ASSET_ADDRESS = underlying_;
        _name = name_;
        _symbol = symbol_;
        _decimals = decimals_;
    }

    // ---------------------------------------------------------------- metadata

    /// @notice Token name.
    function name() external view returns (string memory) {
        return _name;
    }

    /// @notice Token symbol.
    function symbol() external view returns (string memory) {
        return _symbol;
    }

    /// @notice Token decimals (those of the underlying).
    function decimals() external view returns (uint8) {
        return _decimals;
    }

    // ---------------------------------------------------------------- balances

    /// @notice Balance including interest accrued up to now: scaledBalance·normalizedIncome.
    function balanceOf(address account) external view returns (uint256) {
        return _scaledBalances[account].rayMul(_normalizedIncome());
    }

    /// @notice Total supply including interest accrued up to now.
    function totalSupply() external view returns (uint256) {
        return _scaledTotalSupply.rayMul(_normalizedIncome());
    }

    /// @notice The stored, index-independent balance of `account`.
    function scaledBalanceOf(address account) external view returns (uint256) {
        return _scaledBalances[account];
    }

    /// @notice The stored, index-independent total supply.
    function scaledTotalSupply() external view returns (uint256) {
        return _scaledTotalSupply;
    }

    // ---------------------------------------------------------------- unsupported ERC20 movements

    /// @notice Unsupported on this mock; always reverts with `TransfersUnsupported`.
    function transfer(address, uint256) external pure returns (bool) {
        revert ErrorsLib.TransfersUnsupported();
    }

    /// @notice Unsupported on this mock; always reverts with `TransfersUnsupported`.
    function transferFrom(address, address, uint256) external pure returns (bool) {
        revert ErrorsLib.TransfersUnsupported();
    }

    /// @notice Unsupported on this mock; always reverts with `TransfersUnsupported`.
    function approve(address, uint256) external pure returns (bool) {
        revert ErrorsLib.TransfersUnsupported();
    }

    /// @notice Always zero (approvals are unsupported).
    function allowance(address, address) external pure returns (uint256) {
        return 0;
    }

    // ---------------------------------------------------------------- pool-only

    /// @notice Only the pool: mints `amount` (underlying units) to `to` at liquidity `index`.
    /// @return scaled The scaled amount minted.
    function mint(address to, uint256 amount, uint256 index) external onlyPool returns (uint256 scaled) {
        scaled = amount.rayDiv(index);
        if (scaled == 0) revert ErrorsLib.ZeroAmount();
        _scaledBalances[to] += scaled;
        _scaledTotalSupply += scaled;
        emit Transfer(address(0), to, amount);
    }

    /// @notice Only the pool: mints an already scaled amount to `to` (treasury accrual).
    function mintScaled(address to, uint256 scaled, uint256 index) external onlyPool {
        _scaledBalances[to] += scaled;
        _scaledTotalSupply += scaled;
        emit Transfer(address(0), to, scaled.rayMul(index));
    }

    /// @notice Only the pool: burns `amount` (underlying units) of `from` at liquidity `index` and sends
    /// `amount` of underlying to `receiver`. Burning the whole balance never leaves scaled dust.
    /// @return scaled The scaled amount burnt.
    function burn(address from, address receiver, uint256 amount, uint256 index)
        external
        onlyPool
        returns (uint256 scaled)
    {
        uint256 balance = _scaledBalances[from];
        scaled = amount == balance.rayMul(index) ? balance : amount.rayDiv(index);
        if (scaled == 0) revert ErrorsLib.ZeroAmount();
        if (scaled > balance) revert ErrorsLib.InsufficientBalance(amount, balance.rayMul(index));
        _scaledBalances[from] = balance - scaled;
        _scaledTotalSupply -= scaled;
        emit Transfer(from, address(0), amount);
        if (receiver != address(this)) IERC20(UNDERLYING_ASSET_ADDRESS).safeTransfer(receiver, amount);
    }

    /// @notice Only the pool: sends `amount` of underlying liquidity to `target` (borrows).
    function transferUnderlyingTo(address target, uint256 amount) external onlyPool {
        IERC20(UNDERLYING_ASSET_ADDRESS).safeTransfer(target, amount);
    }

    function _normalizedIncome() internal view returns (uint256) {
        return IAaveV3Pool(POOL).getReserveNormalizedIncome(UNDERLYING_ASSET_ADDRESS);
    }
}
