// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {ConfigRegistry} from "../src/ConfigRegistry.sol";
import {AdapterErrorsLib} from "../src/libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../src/libraries/AdapterEventsLib.sol";

contract ConfigRegistryTest is AdapterTestBase {
    address internal timelock = address(0x7113);
    address internal newTimelock = address(0x7114);
    ConfigRegistry internal registry;

    function setUp() public override {
        super.setUp();
        registry = new ConfigRegistry(timelock);
    }

    function test_initialState() public view {
        assertEq(registry.owner(), timelock, "owner");
        assertEq(registry.version(), 0, "version");
        _assertEqBytes32(registry.configHash(), bytes32(0), "hash");
        _assertEqStr(registry.uri(), "", "uri");
    }

    function test_setConfigVersions() public {
        bytes32 h1 = keccak256("config v1");
        vmx.expectEmit(true, true, false, true, address(registry));
        emit AdapterEventsLib.ConfigUpdated(1, h1, "ipfs://cfg1");
        vm.prank(timelock);
        registry.setConfig(h1, "ipfs://cfg1");
        assertEq(registry.version(), 1, "v1");
        _assertEqBytes32(registry.configHash(), h1, "hash 1");
        _assertEqStr(registry.uri(), "ipfs://cfg1", "uri 1");

        bytes32 h2 = keccak256("config v2");
        vmx.expectEmit(true, true, false, true, address(registry));
        emit AdapterEventsLib.ConfigUpdated(2, h2, "");
        vm.prank(timelock);
        registry.setConfig(h2, "");
        assertEq(registry.version(), 2, "v2");
        _assertEqBytes32(registry.configHash(), h2, "hash 2");
        _assertEqStr(registry.uri(), "", "uri 2");

        // re-publishing the same hash is a new version
        vm.prank(timelock);
        registry.setConfig(h2, "https://example.org/cfg.json");
        assertEq(registry.version(), 3, "v3");
    }

    function test_rejectsZeroHash() public {
        vm.prank(timelock);
        vm.expectRevert(AdapterErrorsLib.ZeroConfigHash.selector);
        registry.setConfig(bytes32(0), "ipfs://x");
        assertEq(registry.version(), 0, "unchanged");
    }

    function test_onlyOwner() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        registry.setConfig(keccak256("x"), "");
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new ConfigRegistry(address(0));
    }

    function test_twoStepOwnership() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        registry.transferOwnership(newTimelock);

        vm.prank(timelock);
        registry.transferOwnership(newTimelock);
        assertEq(registry.owner(), timelock, "still the old owner");
        assertEq(registry.pendingOwner(), newTimelock, "pending");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        registry.acceptOwnership();

        vm.prank(newTimelock);
        registry.acceptOwnership();
        assertEq(registry.owner(), newTimelock, "new owner");
        vm.prank(timelock);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, timelock));
        registry.setConfig(keccak256("x"), "");
        vm.prank(newTimelock);
        registry.setConfig(keccak256("x"), "");
        assertEq(registry.version(), 1, "new owner can set");
    }
}
