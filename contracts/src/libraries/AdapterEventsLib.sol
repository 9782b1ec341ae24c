// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title AdapterEventsLib
/// @notice Events of the source adapters and the config registry. SourceDeposit has the same signature (hence topic)
/// as in EventsLib. A withdrawal emits nothing of the adapter's own: the vault reports what it received from each
/// source (PulledFromSource, FailsafeWithdraw; a rebalance's Rebalanced), and the protocol its own withdrawal.
library AdapterEventsLib {
    // ---- adapters ----
    /// @notice The adapter supplied `assets` to its protocol.
    event SourceDeposit(address indexed vault, uint256 assets);
    /// @notice The ERC-4626 adapter recorded a share-price checkpoint.
    event RateCheckpoint(uint256 timestamp, uint256 sharePrice);
    /// @notice Governance swept the adapter's whole balance `amount` of a stray (e.g. reward) `token` to `to`.
    event Swept(address indexed token, address indexed to, uint256 amount);

    // ---- config registry ----
    /// @notice The registry's config changed to `configHash` (document at `uri`), now at `version`.
    event ConfigUpdated(uint256 indexed version, bytes32 indexed configHash, string uri);
}
