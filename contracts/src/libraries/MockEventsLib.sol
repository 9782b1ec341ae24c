// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title MockEventsLib
/// @notice Events of the local-chain protocol mocks (Comet event shapes).
library MockEventsLib {
    /// @notice Comet: `from` supplied `amount` of base to `dst`.
    event Supply(address indexed from, address indexed dst, uint256 amount);
    /// @notice Comet: `src` withdrew `amount` of base to `to`.
    event Withdraw(address indexed src, address indexed to, uint256 amount);
    /// @notice Local Comet only: `borrower` borrowed `amount` of base without collateral.
    event Borrow(address indexed borrower, uint256 amount);
    /// @notice Local Comet only: `repayer` repaid `amount` of `borrower`'s base debt.
    event Repay(address indexed repayer, address indexed borrower, uint256 amount);
    /// @notice Mock4626: `amount` of assets were added to the vault as yield.
    event YieldSimulated(uint256 amount);
    /// @notice Mock4626: `amount` of assets were removed from the vault as a loss.
    event LossSimulated(uint256 amount);
}
