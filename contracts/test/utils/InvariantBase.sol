// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The part of forge-std's StdInvariant that forge's invariant runner reads: it calls the public
/// `targetContracts()` / `targetSelectors()` / `targetSenders()` views of the test contract (these are not
/// cheatcodes) to decide which contracts, functions and senders to fuzz.
abstract contract InvariantBase {
    /// @dev Same ABI shape as forge-std's StdInvariant.FuzzSelector.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetedContracts;
    address[] private _targetedSenders;
    address[] private _selectorTargets;
    mapping(uint256 => bytes4[]) private _selectors;

    function targetContract(address target) internal {
        _targetedContracts.push(target);
    }

    function targetSender(address sender) internal {
        _targetedSenders.push(sender);
    }

    function targetSelector(address target, bytes4[] memory selectors) internal {
        uint256 i = _selectorTargets.length;
        _selectorTargets.push(target);
        for (uint256 j; j < selectors.length; ++j) {
            _selectors[i].push(selectors[j]);
        }
    }

    function targetContracts() public view returns (address[] memory) {
        return _targetedContracts;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetedSenders;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory out) {
        uint256 n = _selectorTargets.length;
        out = new FuzzSelector[](n);
        for (uint256 i; i < n; ++i) {
            out[i] = FuzzSelector({addr: _selectorTargets[i], selectors: _selectors[i]});
        }
    }
}
