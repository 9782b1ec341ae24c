// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vault} from "../../src/Vault.sol";
import {ISource} from "../../src/interfaces/ISource.sol";

/// @dev What `source` holds for `vault`, as the tests read it: its totalAssets() with the vault's view gas budget
/// (SourceCallLib.VIEW_GAS), and 0 for an address that is not one of the vault's sources or whose read fails, as the
/// vault's valuation counts it.
function sourceAssets(Vault vault, address source) view returns (uint256) {
    if (!vault.isSource(source)) return 0;
    try ISource(source).totalAssets{gas: 1_000_000}() returns (uint256 assets) {
        return assets;
    } catch {
        return 0;
    }
}

/// @dev The vault's withdraw queue as addresses, decoded from withdrawQueuePacked() as its NatSpec describes.
function withdrawQueueOf(Vault vault) view returns (address[] memory queue) {
    uint256 packed = vault.withdrawQueuePacked();
    address[] memory sources = vault.getSources();
    queue = new address[](packed >> 248);
    for (uint256 k; k < queue.length; ++k) {
        queue[k] = sources[(packed >> (5 * k)) & 31];
    }
}
