// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "./Vm.sol";

/// @notice Minimal test base (assertions and bound) replacing forge-std offline.
abstract contract TestBase {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function _fail(string memory what, uint256 a, uint256 b) private pure {
        revert(string.concat(what, ": left=", _str(a), " right=", _str(b)));
    }

    function _str(uint256 v) private pure returns (string memory) {
        if (v == 0) return "0";
        bytes memory buf;
        while (v != 0) {
            buf = abi.encodePacked(bytes1(uint8(48 + (v % 10))), buf);
            v /= 10;
        }
        return string(buf);
    }

    function assertTrue(bool c, string memory m) internal pure {
        if (!c) revert(string.concat("assertTrue failed: ", m));
    }

    function assertEq(uint256 a, uint256 b, string memory m) internal pure {
        if (a != b) _fail(string.concat("assertEq failed: ", m), a, b);
    }

    function assertEq(address a, address b, string memory m) internal pure {
        if (a != b) _fail(string.concat("assertEq(address) failed: ", m), uint160(a), uint160(b));
    }

    function assertEq(bytes32 a, bytes32 b, string memory m) internal pure {
        if (a != b) _fail(string.concat("assertEq(bytes32) failed: ", m), uint256(a), uint256(b));
    }

    function assertEq(bool a, bool b, string memory m) internal pure {
        if (a != b) _fail(string.concat("assertEq(bool) failed: ", m), a ? 1 : 0, b ? 1 : 0);
    }

    function assertLe(uint256 a, uint256 b, string memory m) internal pure {
        if (a > b) _fail(string.concat("assertLe failed: ", m), a, b);
    }

    function assertGe(uint256 a, uint256 b, string memory m) internal pure {
        if (a < b) _fail(string.concat("assertGe failed: ", m), a, b);
    }

    function assertGt(uint256 a, uint256 b, string memory m) internal pure {
        if (a <= b) _fail(string.concat("assertGt failed: ", m), a, b);
    }

    function assertLt(uint256 a, uint256 b, string memory m) internal pure {
        if (a >= b) _fail(string.concat("assertLt failed: ", m), a, b);
    }

    function assertApproxEqAbs(uint256 a, uint256 b, uint256 maxDelta, string memory m) internal pure {
        uint256 d = a > b ? a - b : b - a;
        if (d > maxDelta) _fail(string.concat("assertApproxEqAbs failed: ", m), a, b);
    }

    /// @dev Maps `x` into [lo, hi] (inclusive) uniformly-ish, like forge-std's bound.
    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        require(lo <= hi, "bound: lo > hi");
        if (x >= lo && x <= hi) return x;
        uint256 size = hi - lo;
        if (size == type(uint256).max) return x;
        return lo + (x % (size + 1));
    }
}
