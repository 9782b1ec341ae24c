// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ISource
/// @notice A yield source adapter the Vault allocates to. Each adapter serves exactly one vault and one asset.
interface ISource {
    /// @notice The underlying asset.
    function asset() external view returns (address);

    /// @notice The only vault allowed to deposit and withdraw.
    function vault() external view returns (address);

    /// @notice Assets held for the vault, including accrued interest.
    function totalAssets() external view returns (uint256);

    /// @notice Assets the vault could withdraw right now (limited by the protocol's free liquidity).
    function maxWithdraw() external view returns (uint256);

    /// @notice totalAssets() and maxWithdraw() in one call: what a withdrawal from the vault reads of every source, to
    /// price the share and to plan the pulls with one call per source.
    /// @return assets totalAssets().
    /// @return liquid maxWithdraw(), or totalAssets() where the source can pay out its whole position now (a
    /// withdrawal of `assets` then takes all of it).
    function position() external view returns (uint256 assets, uint256 liquid);

    /// @notice Assets the vault could deposit right now (type(uint256).max: no limit): 0 while the protocol refuses
    /// supplies (paused, frozen), else what its supply or deposit cap leaves room for. A deposit of more reverts.
    function maxDeposit() external view returns (uint256);

    /// @notice Current supply rate, APR in ray (1e27 = 100%).
    function supplyRate() external view returns (uint256);

    /// @notice The supply rate, APR in ray, the source would pay right after the vault deposited `assetsAdded`
    /// or withdrew `assetsRemoved` now (one of them is normally 0), so the optimizer can model rate impact.
    /// Sources without a rate model return `supplyRate()`.
    /// @param assetsAdded Assets hypothetically deposited by the vault.
    /// @param assetsRemoved Assets hypothetically withdrawn by the vault.
    function supplyRateAfter(uint256 assetsAdded, uint256 assetsRemoved) external view returns (uint256);

    /// @notice Only the vault, right after transferring `assets` of the asset to the source (in the same
    /// transaction; no allowance is involved): supplies them to the protocol. A revert undoes the transfer.
    /// @param assets Amount of the asset to supply.
    function deposit(uint256 assets) external;

    /// @notice Only the vault; withdraws `assets` from the protocol to `receiver`. `assets` = type(uint256).max asks
    /// for the whole position, which the vault does only when the source's position() has just reported all of it
    /// liquid (so a withdrawal that empties a source need not have it read its position again).
    /// @param assets Amount to withdraw, or type(uint256).max for the whole position.
    /// @param receiver Recipient of the withdrawn assets.
    /// @return The amount withdrawn.
    function withdraw(uint256 assets, address receiver) external returns (uint256);
}
