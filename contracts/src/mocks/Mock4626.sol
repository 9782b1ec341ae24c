// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {MockEventsLib} from "../libraries/MockEventsLib.sol";

/// @title Mock4626
/// @notice A local-chain ERC-4626 vault (OpenZeppelin's) standing in for Morpho/Yearn/Spark vaults: yield is
/// simulated by donating assets (`simulateYield`), a liquidity limit (`setLiquidity`) caps
/// maxWithdraw/maxRedeem like a vault whose underlying markets are illiquid, and a deposit cap (`setDepositCap`)
/// caps maxDeposit/maxMint like a vault whose deposit limit or markets' supply caps are reached.
/// @dev Permissionless setters: test/local-chain use only.
contract Mock4626 is ERC4626 {
    using SafeERC20 for IERC20;

    /// @notice Maximum assets any owner can withdraw right now (type(uint256).max = unlimited).
    uint256 public liquidity = type(uint256).max;
    /// @notice Maximum total assets the vault takes deposits up to (type(uint256).max = unlimited), like a Yearn
    /// deposit limit or a MetaMorpho vault whose markets' supply caps are full.
    uint256 public depositCap = type(uint256).max;

    /// @param asset_ The underlying asset.
    /// @param name_ Share token name.
    /// @param symbol_ Share token symbol.
    constructor(IERC20 asset_, string memory name_, string memory symbol_) ERC20(name_, symbol_) ERC4626(asset_) {}

    /// @notice Adds `amount` of assets (pulled from the caller) to the vault without minting shares, raising the
    /// share price.
    /// @param amount Assets to donate.
    function simulateYield(uint256 amount) external {
        IERC20(asset()).safeTransferFrom(msg.sender, address(this), amount);
        emit MockEventsLib.YieldSimulated(amount);
    }

    /// @notice Sends `amount` of the vault's assets to `to` without burning shares, lowering the share price
    /// (a simulated loss).
    /// @param amount Assets to remove.
    /// @param to Receiver of the removed assets.
    function simulateLoss(uint256 amount, address to) external {
        IERC20(asset()).safeTransfer(to, amount);
        emit MockEventsLib.LossSimulated(amount);
    }

    /// @notice Sets the withdrawable liquidity cap (type(uint256).max = unlimited).
    /// @param liquidity_ The new cap, in assets.
    function setLiquidity(uint256 liquidity_) external {
        liquidity = liquidity_;
    }

    /// @notice Sets the deposit cap on total assets (type(uint256).max = unlimited).
    /// @param depositCap_ The new cap, in assets.
    function setDepositCap(uint256 depositCap_) external {
        depositCap = depositCap_;
    }

    /// @notice What the deposit cap leaves room for (unlimited without one); deposits above it revert.
    function maxDeposit(address) public view override returns (uint256) {
        uint256 cap = depositCap;
        if (cap == type(uint256).max) return cap;
        uint256 assets = totalAssets();
        return cap > assets ? cap - assets : 0;
    }

    /// @notice The shares of maxDeposit, rounded down (unlimited without a cap).
    /// @param receiver The share receiver.
    function maxMint(address receiver) public view override returns (uint256) {
        uint256 assets = maxDeposit(receiver);
        return assets == type(uint256).max ? assets : _convertToShares(assets, Math.Rounding.Floor);
    }

    /// @notice min(owner's assets, liquidity cap).
    /// @param owner The share owner.
    function maxWithdraw(address owner) public view override returns (uint256) {
        return Math.min(super.maxWithdraw(owner), liquidity);
    }

    /// @notice min(owner's shares, shares worth the liquidity cap, rounded down).
    /// @param owner The share owner.
    function maxRedeem(address owner) public view override returns (uint256) {
        uint256 shares = super.maxRedeem(owner);
        if (liquidity == type(uint256).max) return shares;
        return Math.min(shares, _convertToShares(liquidity, Math.Rounding.Floor));
    }
}
