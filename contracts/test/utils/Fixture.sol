// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TestBase} from "./TestBase.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {LendingPool} from "../../src/mocks/LendingPool.sol";
import {AaveRateAbi} from "../../src/interfaces/IAaveV3RateStrategy.sol";
import {AToken} from "../../src/mocks/AToken.sol";
import {AaveV3Adapter} from "../../src/adapters/AaveV3Adapter.sol";
import {Vault} from "../../src/Vault.sol";
import {DecisionReceipt} from "../../src/libraries/VaultTypes.sol";

/// @notice Shared deployment: one stablecoin, two local Aave pools, a vault with an adapter on each pool.
abstract contract Fixture is TestBase {
    uint256 internal constant RAY = 1e27;
    // Aave-like stablecoin strategy: base 0, slope1 4%, slope2 60%, kink 80%, reserve factor 10%.
    uint256 internal constant BASE = 0;
    uint256 internal constant SLOPE1 = 0.04e27;
    uint256 internal constant SLOPE2 = 0.6e27;
    uint256 internal constant OPTIMAL = 0.8e27;
    uint256 internal constant RESERVE_FACTOR_BPS = 1000;
    uint256 internal constant MIN_IDLE_BPS = 1000;
    uint256 internal constant BPS = 10_000;

    /// @dev Stands for the governance timelock (VaultTimelock.t.sol uses a real TimelockController).
    address internal governance = address(0x60B);
    address internal guardian = address(0x6A2D);
    address internal keeper = address(0xBEEF);
    address internal alice = address(0xA11CE);
    address internal bob = address(0xB0B);
    address internal borrower = address(0xB022);

    MockStablecoin internal usdc;
    LendingPool internal poolA;
    LendingPool internal poolB;
    Vault internal vault;
    AaveV3Adapter internal adapterA;
    AaveV3Adapter internal adapterB;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        usdc = new MockStablecoin("USD Coin", "USDC");
        poolA = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, RESERVE_FACTOR_BPS, AaveRateAbi.V3_0);
        poolB = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, RESERVE_FACTOR_BPS, AaveRateAbi.V3_0);
        vault = new Vault(address(usdc), "Vaultkeeper USDC", "vkUSDC", governance, guardian, keeper, MIN_IDLE_BPS);
        adapterA = new AaveV3Adapter(address(vault), address(poolA), address(usdc));
        adapterB = new AaveV3Adapter(address(vault), address(poolB), address(usdc));
        vm.startPrank(governance);
        vault.addSource(address(adapterA), type(uint128).max, BPS);
        vault.addSource(address(adapterB), type(uint128).max, BPS);
        // The tests exercise each limit on its own and rebalance several times per block: no cooldown unless a
        // test sets one (test_defaults in Vault.t.sol checks the constructor's DEFAULT_COOLDOWN).
        vault.setCooldown(0);
        vm.stopPrank();
        vm.label(address(vault), "Vault");
        vm.label(address(poolA), "PoolA");
        vm.label(address(poolB), "PoolB");
    }

    function _deposit(address who, uint256 assets) internal returns (uint256 shares) {
        usdc.mint(who, assets);
        vm.startPrank(who);
        usdc.approve(address(vault), assets);
        shares = vault.deposit(assets, who);
        vm.stopPrank();
    }

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

    function _targets(uint256 a, uint256 b) internal pure returns (uint256[] memory t) {
        t = new uint256[](2);
        t[0] = a;
        t[1] = b;
    }

    function _rebalance(uint256 a, uint256 b) internal {
        _rebalance(_targets(a, b));
    }

    function _rebalance(uint256[] memory t) internal {
        DecisionReceipt memory r = _receipt();
        vm.prank(keeper);
        vault.rebalance(t, r);
    }

    function _supply(LendingPool pool, address who, uint256 amount) internal {
        usdc.mint(who, amount);
        vm.startPrank(who);
        usdc.approve(address(pool), amount);
        pool.supply(address(usdc), amount, who, 0);
        vm.stopPrank();
    }

    function _borrow(LendingPool pool, uint256 amount) internal {
        vm.prank(borrower);
        pool.borrow(address(usdc), amount, 2, 0, borrower);
    }

    function _repayAll(LendingPool pool) internal returns (uint256 repaid) {
        uint256 debt = pool.debtOf(borrower);
        usdc.mint(borrower, debt + 1);
        vm.startPrank(borrower);
        usdc.approve(address(pool), type(uint256).max);
        repaid = pool.repay(address(usdc), type(uint256).max, 2, borrower);
        vm.stopPrank();
    }
}
