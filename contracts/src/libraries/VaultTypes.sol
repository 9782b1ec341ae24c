// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What the keeper decided a rebalance on, emitted with it so that anyone can replay and audit the
/// decision off-chain.
/// @param configHash Hash of the keeper's configuration (optimizer parameters, risk limits).
/// @param modelId Identifier of the model/optimizer version that produced the targets.
/// @param inputBlock Block whose state the decision was computed from (must not be in the future).
/// @param predictedApyBps The vault APY (bps) the keeper predicts for the new allocation.
/// @param expectedGain The gain (asset units) the keeper expects from the rebalance over its horizon.
struct DecisionReceipt {
    bytes32 configHash;
    bytes32 modelId;
    uint256 inputBlock;
    uint256 predictedApyBps;
    uint256 expectedGain;
}
