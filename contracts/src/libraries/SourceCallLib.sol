// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ISource} from "../interfaces/ISource.sol";
import {ErrorsLib} from "./ErrorsLib.sol";

/// @title SourceCallLib
/// @notice The vault's gas-bounded calls into its sources (L-1): a source that reverts, returns garbage or burns
/// all the gas it is given costs the caller at most a fixed budget and is then treated like one that reverted,
/// so one or two such sources cannot block withdrawals from the healthy ones or the failsafe. A caller cannot
/// abuse the bound to make a healthy source look broken: a call that fails after being given less than its
/// budget (the caller left too little gas) reverts the whole transaction with SourceCallOutOfGas.
library SourceCallLib {
    /// @notice Gas budget of one totalAssets()/maxWithdraw() read of a source.
    uint256 internal constant VIEW_GAS = 1_000_000;
    /// @notice Gas budget of one state-changing call into a source (a withdraw serving a withdrawal).
    uint256 internal constant CALL_GAS = 3_000_000;

    /// @dev Gas the EVM may need beyond a call's budget to hand the callee all of it: the call's own costs (a cold
    /// account access, 2600) and the few operations between the check and the call.
    uint256 internal constant CALL_OVERHEAD = 5000;
    /// @dev The gas that must be left for a read or a call to be handed its whole budget (see fits), as literals for
    /// the assembly (a Solidity-level check costs about 200 gas more per read); a test checks them.
    uint256 internal constant VIEW_FITS = 1_020_873; // VIEW_GAS + VIEW_GAS / 63 + CALL_OVERHEAD
    uint256 internal constant CALL_FITS = 3_052_619; // CALL_GAS + CALL_GAS / 63 + CALL_OVERHEAD

    /// @dev Staticcalls the no-argument `selector` of `source` with at most VIEW_GAS, copying back only one word
    /// (no return-data bomb). `ok` is false (and `value` 0) if it reverted or returned less than 32 bytes. When
    /// `strict`, a failure starved of gas reverts (see fits).
    function tryRead(address source, bytes4 selector, bool strict) internal view returns (bool ok, uint256 value) {
        bool full;
        assembly ("memory-safe") {
            full := gt(gas(), VIEW_FITS)
            mstore(0, selector)
            ok := staticcall(VIEW_GAS, source, 0, 4, 0, 32)
            ok := and(ok, gt(returndatasize(), 31))
            value := mload(0)
        }
        if (!ok) {
            if (strict && !full) revert ErrorsLib.SourceCallOutOfGas(source);
            value = 0;
        }
    }

    /// @dev tryRead (strict) of a view returning `size` bytes, 32 or 64: its first word, and with 64 its second (`b`;
    /// garbage with 32). ok false, and both 0, when the call fails or returns fewer bytes.
    function tryPair(address source, bytes4 selector, uint256 size)
        internal
        view
        returns (bool ok, uint256 a, uint256 b)
    {
        bool full;
        assembly ("memory-safe") {
            full := gt(gas(), VIEW_FITS)
            mstore(0, selector)
            ok := staticcall(VIEW_GAS, source, 0, 4, 0, size)
            ok := and(ok, iszero(lt(returndatasize(), size)))
            a := mload(0)
            b := mload(32)
        }
        if (!ok) {
            if (!full) revert ErrorsLib.SourceCallOutOfGas(source);
            (a, b) = (0, 0);
        }
    }

    /// @dev Calls `source` with `data` and at most CALL_GAS, ignoring what it returns (no return data is copied);
    /// false if it reverted or ran out of its budget; reverts if it failed starved of gas (see fits).
    function tryCall(address source, bytes memory data) internal returns (bool ok) {
        bool full;
        assembly ("memory-safe") {
            full := gt(gas(), CALL_FITS)
            ok := call(CALL_GAS, source, 0, add(data, 32), mload(data), 0, 0)
        }
        if (!ok && !full) revert ErrorsLib.SourceCallOutOfGas(source);
    }

    /// @dev tryCall of ISource(source).withdraw(amount, receiver), its calldata written in assembly to memory past the
    /// free memory pointer (not allocated: no abi.encodeCall).
    function tryWithdraw(address source, uint256 amount, address receiver) internal returns (bool ok) {
        bool full;
        uint256 p = _withdrawCalldata(amount, receiver);
        assembly ("memory-safe") {
            full := gt(gas(), CALL_FITS)
            ok := call(CALL_GAS, source, 0, p, 68, 0, 0)
        }
        if (!ok && !full) revert ErrorsLib.SourceCallOutOfGas(source);
    }

    /// @dev ISource(source).withdraw(amount, address(this)) with all the gas, in assembly (a rebalance's withdrawals:
    /// the high-level call costs about 100 gas more): reverts with the source's revert data when it reverts, and
    /// without data when it returns less than 32 bytes (as the high-level call does).
    function withdrawToSelf(address source, uint256 amount) internal returns (uint256 withdrawn) {
        uint256 p = _withdrawCalldata(amount, address(this));
        assembly ("memory-safe") {
            if iszero(call(gas(), source, 0, p, 68, 0, 32)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            if lt(returndatasize(), 32) { revert(0, 0) }
            withdrawn := mload(0)
        }
    }

    /// @dev Writes the 68 bytes of calldata of withdraw(amount, receiver) at the free memory pointer, without
    /// allocating them (they are read by the call that follows at once), and returns where.
    function _withdrawCalldata(uint256 amount, address receiver) private pure returns (uint256 p) {
        bytes4 selector = ISource.withdraw.selector;
        assembly ("memory-safe") {
            p := mload(64)
            mstore(p, selector)
            mstore(add(p, 4), amount)
            mstore(add(p, 36), receiver)
        }
    }

    /// @dev Whether a call made right now would be handed its whole `budget`: the EVM passes on at most 63/64 of
    /// the gas left after the call's own costs. A call that fails after being handed less may have failed only for
    /// want of gas the caller held back, so the caller reverts SourceCallOutOfGas (retry with more gas) instead of
    /// treating the source as broken. Checked before the call, so that a source failing in a nested call (which
    /// leaves it gas to return) is judged as surely as one that burns all it got.
    function fits(uint256 budget) internal view returns (bool) {
        return gasleft() > budget + budget / 63 + CALL_OVERHEAD;
    }
}
