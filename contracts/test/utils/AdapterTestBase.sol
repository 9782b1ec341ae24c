// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./TestBase.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {ISource} from "../../src/interfaces/ISource.sol";
import {SourceCallLib} from "../../src/libraries/SourceCallLib.sol";

/// @notice The cheatcodes the adapter tests use beyond Vm.sol (same cheatcode address).
interface AdapterVm {
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData, address emitter) external;
    /// Marks `target` and its storage slots cold again (as at the start of a transaction).
    function cool(address target) external;
}

/// @notice Base for the adapter, protocol-mock and registry tests: a 6-decimal stablecoin, the test contract acts
/// as the adapters' vault. Independent of Fixture/Vault.
abstract contract AdapterTestBase is TestBase {
    AdapterVm internal constant vmx = AdapterVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant RAY = 1e27;

    address internal supplier = address(0x5001);
    address internal borrower = address(0xB022);
    address internal stranger = address(0x5742);

    MockStablecoin internal usdc;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        usdc = new MockStablecoin("USD Coin", "USDC");
    }

    /// @dev Mints `amount` to `who` and approves `spender` for it from `who`.
    function _fund(address who, address spender, uint256 amount) internal {
        usdc.mint(who, amount);
        vm.prank(who);
        usdc.approve(spender, amount);
    }

    function _assertEqBytes32(bytes32 a, bytes32 b, string memory m) internal pure {
        assertEq(uint256(a), uint256(b), m);
    }

    function _assertEqStr(string memory a, string memory b, string memory m) internal pure {
        assertTrue(keccak256(bytes(a)) == keccak256(bytes(b)), string.concat(m, ": \"", a, "\" != \"", b, "\""));
    }

    /// @dev The gas `source.withdraw(assets, receiver)` uses with every account in `touched` cold (as in a fresh
    /// transaction), checked to stay a tenth of the vault's per-call budget (SOURCE_CALL_GAS), which it is sized
    /// from (L-1). The test contract is the adapter's vault.
    function _withdrawGas(ISource source, uint256 assets, address receiver, address[] memory touched)
        internal
        returns (uint256 used)
    {
        for (uint256 i; i < touched.length; ++i) {
            vmx.cool(touched[i]);
        }
        vmx.cool(address(source));
        vmx.cool(address(usdc));
        used = gasleft();
        source.withdraw(assets, receiver);
        used -= gasleft();
        assertLt(used, SourceCallLib.CALL_GAS / 10, "adapter withdraw within a tenth of SOURCE_CALL_GAS");
    }

    /// @dev |a − b| ≤ b·relWad/1e18.
    function _assertApproxEqRel(uint256 a, uint256 b, uint256 relWad, string memory m) internal pure {
        assertApproxEqAbs(a, b, b * relWad / 1e18, m);
    }
}
