// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Id, IMorpho} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

/// @title IMetaMorpho
/// @notice The getters of a MetaMorpho vault (Morpho's ERC-4626 vault over Morpho Blue markets, v1.0 and v1.1) that
/// MetaMorphoAdapter reads to route a flow as the vault would: its Morpho Blue, its supply queue (the markets a
/// deposit fills, in order, each up to its cap), its withdraw queue (every market it holds, in the order a withdrawal
/// empties them) and each market's cap, and its performance fee. Declared here with the ABI of MetaMorpho's public
/// getters, not imported: MetaMorpho publishes no Solidity on npm.
interface IMetaMorpho {
    /// @notice The Morpho Blue singleton the vault supplies to.
    function MORPHO() external view returns (IMorpho);

    /// @notice The vault's performance fee: the share of the interest it takes (WAD, at most 50%).
    function fee() external view returns (uint96);

    /// @notice The market at position `index` of the supply queue.
    /// @param index The position (0-based).
    function supplyQueue(uint256 index) external view returns (Id);

    /// @notice The supply queue's length.
    function supplyQueueLength() external view returns (uint256);

    /// @notice The market at position `index` of the withdraw queue.
    /// @param index The position (0-based).
    function withdrawQueue(uint256 index) external view returns (Id);

    /// @notice The withdraw queue's length.
    function withdrawQueueLength() external view returns (uint256);

    /// @notice The configuration of market `id`: its supply cap (assets), whether it is enabled, and when a pending
    /// removal may execute (0: none).
    /// @param id The market.
    function config(Id id) external view returns (uint184 cap, bool enabled, uint64 removableAt);
}
