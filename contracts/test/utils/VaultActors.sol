// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./TestBase.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {Vault} from "../../src/Vault.sol";
import {DecisionReceipt} from "../../src/libraries/VaultTypes.sol";

/// @notice What every vault test setup shares: the roles, the depositor bob, the stablecoin and the vault (deployed
/// by the setup that extends this), and the keeper's decision receipt.
abstract contract VaultActors is TestBase {
    uint256 internal constant BPS = 10_000;

    /// @dev Stands for the governance timelock (VaultTimelock.t.sol uses a real TimelockController).
    address internal governance = address(0x60B);
    address internal guardian = address(0x6A2D);
    address internal keeper = address(0xBEEF);
    address internal bob = address(0xB0B);

    MockStablecoin internal usdc;
    Vault internal vault;

    /// @dev A receipt computed from the current block.
    function _receipt() internal view returns (DecisionReceipt memory r) {
        r = DecisionReceipt({
            configHash: keccak256("config"),
            modelId: keccak256("meanvar-v1"),
            inputBlock: block.number,
            predictedApyBps: 420,
            expectedGain: 1e6
        });
    }
}
