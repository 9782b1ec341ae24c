// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {VaultGovernance} from "../src/VaultGovernance.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Governance through a real OpenZeppelin TimelockController: every governance action is delayed, and
/// the guardian (holding CANCELLER_ROLE) can veto pending operations.
contract VaultTimelockTest is Fixture {
    uint256 internal constant DELAY = 2 days;
    /// @dev bitmap of TimelockController.OperationState.Ready (1 << 2).
    bytes32 internal constant READY = bytes32(uint256(1 << 2));

    address internal proposer = address(0x9809); // e.g. the team multisig
    TimelockController internal timelock;

    function setUp() public override {
        super.setUp();
        address[] memory proposers = new address[](1);
        proposers[0] = proposer;
        address[] memory executors = new address[](1);
        executors[0] = address(0); // anyone may execute a ready operation
        // Deployment: the deployer is a temporary admin that grants the guardian CANCELLER_ROLE, then renounces.
        timelock = new TimelockController(DELAY, proposers, executors, address(this));
        timelock.grantRole(timelock.CANCELLER_ROLE(), guardian);
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), address(this));
        vm.prank(governance);
        vault.setGovernance(address(timelock));
        vm.label(address(timelock), "Timelock");
    }

    function test_setup() public view {
        assertEq(vault.governance(), address(timelock), "vault governed by the timelock");
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), guardian), "guardian cancels");
        assertTrue(!timelock.hasRole(timelock.PROPOSER_ROLE(), guardian), "guardian does not propose");
        assertTrue(!timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(this)), "no admin left");
        assertEq(timelock.getMinDelay(), DELAY, "delay");
    }

    function test_proposerCannotBypassTimelock() public {
        vm.prank(proposer);
        vm.expectRevert(ErrorsLib.NotGovernance.selector);
        vault.setCaps(address(adapterA), 1, 1);
    }

    /// schedule -> too early reverts -> warp -> execute.
    function test_raiseCaps_takesEffectAfterDelay() public {
        vm.prank(guardian);
        vault.lowerCaps(address(adapterA), 100e6, 1000);
        bytes memory data = abi.encodeCall(VaultGovernance.setCaps, (address(adapterA), 500e6, 5000));
        bytes32 id = _schedule(data, "raise A");

        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, id, READY));
        timelock.execute(address(vault), 0, data, bytes32(0), "raise A");
        vm.warp(block.timestamp + DELAY - 1);
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, id, READY));
        timelock.execute(address(vault), 0, data, bytes32(0), "raise A");
        assertEq(vault.caps(address(adapterA)), 100e6, "still the old cap");

        vm.warp(block.timestamp + 1);
        vm.prank(alice); // open executor role: anyone executes a ready operation
        timelock.execute(address(vault), 0, data, bytes32(0), "raise A");
        assertEq(vault.caps(address(adapterA)), 500e6, "raised after the delay");
        assertEq(vault.relativeCaps(address(adapterA)), 5000, "relative raised after the delay");
        assertTrue(timelock.isOperationDone(id), "done");
    }

    function test_addSource_throughTimelock() public {
        AaveV3Adapter c = new AaveV3Adapter(address(vault), address(poolB.pool), address(usdc));
        bytes memory data = abi.encodeCall(VaultGovernance.addSource, (address(c), 1000e6, 2500));
        _schedule(data, "add C");
        assertEq(vault.isSource(address(c)), false, "not yet");
        vm.warp(block.timestamp + DELAY);
        timelock.execute(address(vault), 0, data, bytes32(0), "add C");
        assertEq(vault.isSource(address(c)), true, "added after the delay");
        assertEq(vault.caps(address(c)), 1000e6, "cap");
        assertEq(vault.relativeCaps(address(c)), 2500, "relative cap");
    }

    function test_scheduleBelowMinDelayReverts() public {
        bytes memory data = abi.encodeCall(VaultGovernance.setKeeper, (bob));
        vm.prank(proposer);
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockInsufficientDelay.selector, 1 days, DELAY));
        timelock.schedule(address(vault), 0, data, bytes32(0), bytes32(0), 1 days);
    }

    /// The guardian vetoes a pending (malicious) change; it can never execute.
    function test_guardianCancels() public {
        address attacker = address(0xBAD);
        bytes memory data = abi.encodeCall(VaultGovernance.setKeeper, (attacker));
        bytes32 id = _schedule(data, "evil");
        assertTrue(timelock.isOperationPending(id), "pending");

        // only cancellers may cancel
        bytes32 cancellerRole = timelock.CANCELLER_ROLE();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, cancellerRole)
        );
        timelock.cancel(id);

        vm.prank(guardian);
        timelock.cancel(id);
        assertTrue(!timelock.isOperation(id), "cancelled");

        vm.warp(block.timestamp + DELAY + 1);
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, id, READY));
        timelock.execute(address(vault), 0, data, bytes32(0), "evil");
        vm.warp(block.timestamp + 365 days);
        vm.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, id, READY));
        timelock.execute(address(vault), 0, data, bytes32(0), "evil");
        assertEq(vault.keeper(), keeper, "keeper unchanged");
    }

    /// The guardian cannot schedule (it only cancels) but acts at once on the vault where it may.
    function test_guardianCannotPropose() public {
        bytes memory data = abi.encodeCall(VaultGovernance.setKeeper, (guardian));
        bytes32 proposerRole = timelock.PROPOSER_ROLE();
        vm.prank(guardian);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, guardian, proposerRole)
        );
        timelock.schedule(address(vault), 0, data, bytes32(0), bytes32(0), DELAY);
    }

    /// Unpause may come from governance too, but only through the delay.
    function test_unpauseThroughTimelock() public {
        vm.prank(guardian);
        vault.pause();
        bytes memory data = abi.encodeCall(VaultGovernance.unpause, ());
        _schedule(data, "unpause");
        vm.warp(block.timestamp + DELAY);
        timelock.execute(address(vault), 0, data, bytes32(0), "unpause");
        assertEq(vault.paused(), false, "unpaused by the timelock");
    }

    function _schedule(bytes memory data, bytes32 salt) internal returns (bytes32 id) {
        id = timelock.hashOperation(address(vault), 0, data, bytes32(0), salt);
        vm.prank(proposer);
        timelock.schedule(address(vault), 0, data, bytes32(0), salt, DELAY);
    }
}
