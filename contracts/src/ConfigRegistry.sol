// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {AdapterErrorsLib} from "./libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "./libraries/AdapterEventsLib.sol";

/// @title ConfigRegistry
/// @notice On-chain pointer to the keeper's current configuration: its hash and a URI to the document. Owned by
/// governance (the timelock) with two-step ownership transfers; every update bumps `version`.
contract ConfigRegistry is Ownable2Step {
    /// @notice Hash of the current config document (zero before the first update).
    bytes32 public configHash;
    /// @notice Number of updates so far (the current config's version).
    uint256 public version;
    /// @notice Where the current config document can be fetched.
    string public uri;

    /// @param owner_ The governance (timelock) owning the registry.
    constructor(address owner_) Ownable(owner_) {}

    /// @notice Owner only: publishes a new config, incrementing `version`.
    /// @param configHash_ Hash of the config document (non-zero).
    /// @param uri_ Location of the config document.
    function setConfig(bytes32 configHash_, string calldata uri_) external onlyOwner {
        if (configHash_ == bytes32(0)) revert AdapterErrorsLib.ZeroConfigHash();
        uint256 newVersion = version + 1;
        version = newVersion;
        configHash = configHash_;
        uri = uri_;
        emit AdapterEventsLib.ConfigUpdated(newVersion, configHash_, uri_);
    }
}
