// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VaultActors} from "./VaultActors.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {Vault} from "../../src/Vault.sol";
import {ISource} from "../../src/interfaces/ISource.sol";
import {DecisionReceipt} from "../../src/libraries/VaultTypes.sol";


/// @notice The gas cheatcodes the gas benchmarks use (test/utils/Vm.sol holds the shared subset).
interface GasVm {
    /// Records the gas used by the last call, from the callee's perspective, as `name` in `group`: written to
    /// snapshots/<group>.json, and compared with that file when FORGE_SNAPSHOT_CHECK=true.
    function snapshotGasLastCall(string calldata group, string calldata name) external returns (uint256 gasUsed);
    /// Expects `count` calls to `callee` whose calldata starts with `data` (0: expects none).
    function expectCall(address callee, bytes calldata data, uint64 count) external;
}

/// @notice Issue 15's side-by-side scenario with MetaMorpho, whatever the three places are: the vault with three
/// sources holding a third of 1,000,000 each and nothing idle (min idle 0, caps and turnover unlimited), a day of
/// interest accrued, then one measured call per test (recorded with `snapshotGasLastCall`): a rebalance moving 10%
/// of total assets from the first place to the other two, or a withdrawal that empties the first two places and
/// pulls half of the third. A bench supplies its places (`_newPlace`) and how they earn (`_beforeVault`,
/// `_afterAllocation`, `_accrue`).
abstract contract ThreePlacesBench is VaultActors {
    GasVm internal constant gasVm = GasVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant TOTAL = 1_000_000e6;
    uint256 internal constant N = 3;

    ISource[] internal places;
    /// @dev What each place holds when a test starts, and the vault's total assets.
    uint256[] internal held;
    uint256 internal totalAtStart;

    /// @dev Deploys what the places need before the vault exists (nothing by default).
    function _beforeVault() internal virtual {}

    /// @dev Deploys place `i`'s protocol side and its adapter for `vault`.
    function _newPlace(uint256 i) internal virtual returns (ISource);

    /// @dev Runs once the vault's thirds are in the places (nothing by default).
    function _afterAllocation() internal virtual {}

    /// @dev Runs a day later, before the holdings are read: interest the places do not accrue themselves.
    function _accrue(uint256[] memory allocated) internal virtual {}

    function setUp() public {
        vm.warp(1_700_000_000);
        usdc = new MockStablecoin("USD Coin", "USDC");
        _beforeVault();
        vault = new Vault(address(usdc), "Vaultkeeper USDC", "vkUSDC", governance, guardian, keeper, 0);
        for (uint256 i; i < N; ++i) {
            places.push(_newPlace(i));
            vm.prank(governance);
            vault.addSource(address(places[i]), type(uint128).max, BPS);
        }
        vm.prank(governance);
        vault.setCooldown(0);

        usdc.mint(bob, TOTAL);
        vm.startPrank(bob);
        usdc.approve(address(vault), type(uint256).max);
        vault.deposit(TOTAL, bob);
        vm.stopPrank();
        uint256[] memory t = new uint256[](N);
        t[0] = TOTAL - (N - 1) * (TOTAL / N);
        for (uint256 i = 1; i < N; ++i) {
            t[i] = TOTAL / N;
        }
        DecisionReceipt memory r = _receipt();
        vm.prank(keeper);
        vault.rebalance(t, r);
        _afterAllocation();

        vm.warp(block.timestamp + 1 days);
        vm.roll(block.number + 7200);
        _accrue(t);
        for (uint256 i; i < N; ++i) {
            held.push(places[i].totalAssets());
            assertGt(held[i], t[i], "a day of interest");
        }
        totalAtStart = vault.totalAssets();
        assertEq(vault.idle(), 0, "no idle");
    }

    /// @dev Measures (as `group`/`name`) the rebalance moving 10% of total assets out of the first place, 5% into
    /// each of the others, and checks every place ends at its target.
    function _measureRebalance10pct(string memory group, string memory name) internal {
        uint256 tenth = totalAtStart / 10;
        uint256[] memory t = new uint256[](N);
        t[0] = held[0] - tenth;
        t[1] = held[1] + tenth / 2;
        t[2] = held[2] + tenth / 2;
        DecisionReceipt memory r = _receipt();
        vm.prank(keeper);
        vault.rebalance(t, r);
        gasVm.snapshotGasLastCall(group, name);
        for (uint256 i; i < N; ++i) {
            assertApproxEqAbs(places[i].totalAssets(), t[i], vault.ROUNDING_TOLERANCE_PER_SOURCE(), "place at target");
        }
    }

    /// @dev Measures (as `group`/`name`) a withdrawal that empties the first two places and pulls half of the
    /// third, each place called once, and checks bob is paid.
    function _measureWithdrawAcross(string memory group, string memory name) internal {
        for (uint256 i; i < N; ++i) {
            gasVm.expectCall(address(places[i]), abi.encodeWithSelector(ISource.withdraw.selector), 1);
        }
        uint256 assets = held[0] + held[1] + held[2] / 2;
        vm.prank(bob);
        vault.withdraw(assets, bob, bob);
        gasVm.snapshotGasLastCall(group, name);
        assertEq(usdc.balanceOf(bob), assets, "bob paid");
    }
}
