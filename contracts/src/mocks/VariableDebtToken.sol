// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

import {MockErrorsLib} from "../libraries/MockErrorsLib.sol";

/// @notice The LendingPool views the debt token reads.
interface ILendingPoolDebtViews {
    function totalDebt() external view returns (uint256);
    function debtOf(address account) external view returns (uint256);
    function scaledTotalDebt() external view returns (uint256);
    function scaledDebtOf(address account) external view returns (uint256);
}

/// @title VariableDebtToken
/// @notice Read-only view of the local LendingPool's variable debt shaped like Aave v3's VariableDebtToken:
/// `totalSupply` is the total variable debt accrued up to now (scaledTotalSupply·normalizedVariableDebt) and
/// `balanceOf` a debtor's debt, so integrations (the AaveV3Adapter) read the debt exactly as on real Aave.
/// @dev The debt is booked by the pool itself; this token stores nothing. Transfers and approvals revert with
/// `TransfersUnsupported`, as debt tokens are non-transferable on Aave too.
contract VariableDebtToken is IERC20Metadata {
    /// @notice The pool whose debt this token reports.
    address public immutable POOL;
    /// @notice The underlying reserve asset.
    address public immutable UNDERLYING_ASSET_ADDRESS;

    uint8 private immutable _decimals;
    string private _name;
    string private _symbol;

    /// @param pool_ The lending pool.
    /// @param underlying_ The reserve asset.
    /// @param name_ Token name.
    /// @param symbol_ Token symbol.
    /// @param decimals_ Decimals (same as the underlying).
    constructor(address pool_, address underlying_, string memory name_, string memory symbol_, uint8 decimals_) {
        if (pool_ == address(0) || underlying_ == address(0)) revert MockErrorsLib.ZeroAddress();
        POOL = pool_;
        UNDERLYING_ASSET_ADDRESS = underlying_;
        _name = name_;
        _symbol = symbol_;
        _decimals = decimals_;
    }

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

    /// @notice Total variable debt including interest accrued up to now.
    function totalSupply() external view returns (uint256) {
        return ILendingPoolDebtViews(POOL).totalDebt();
    }

    /// @notice Variable debt of `account` including interest accrued up to now.
    /// @param account The debtor.
    function balanceOf(address account) external view returns (uint256) {
        return ILendingPoolDebtViews(POOL).debtOf(account);
    }

    /// @notice The stored, index-independent total debt.
    function scaledTotalSupply() external view returns (uint256) {
        return ILendingPoolDebtViews(POOL).scaledTotalDebt();
    }

    /// @notice The stored, index-independent debt of `account`.
    /// @param account The debtor.
    function scaledBalanceOf(address account) external view returns (uint256) {
        return ILendingPoolDebtViews(POOL).scaledDebtOf(account);
    }

    /// @notice Unsupported (debt is non-transferable); always reverts with `TransfersUnsupported`.
    function transfer(address, uint256) external pure returns (bool) {
        revert MockErrorsLib.TransfersUnsupported();
    }

    /// @notice Unsupported (debt is non-transferable); always reverts with `TransfersUnsupported`.
    function transferFrom(address, address, uint256) external pure returns (bool) {
        revert MockErrorsLib.TransfersUnsupported();
    }

    /// @notice Unsupported (debt is non-transferable); always reverts with `TransfersUnsupported`.
    function approve(address, uint256) external pure returns (bool) {
        revert MockErrorsLib.TransfersUnsupported();
    }

    /// @notice Always zero (approvals are unsupported).
    function allowance(address, address) external pure returns (uint256) {
        return 0;
    }
}
