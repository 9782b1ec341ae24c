// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ISource} from "../../src/interfaces/ISource.sol";

/// @dev ISource.position() is totalAssets() and maxWithdraw() in one call: reverts naming the one that differs. The
/// adapter tests call it wherever they check maxWithdraw().
function checkPosition(ISource source) view {
    (uint256 assets, uint256 liquid) = source.position();
    require(assets == source.totalAssets(), "position(): assets differ from totalAssets()");
    require(liquid == source.maxWithdraw(), "position(): liquid differs from maxWithdraw()");
}
