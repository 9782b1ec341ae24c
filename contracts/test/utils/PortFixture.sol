// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FixtureBase} from "./Fixture.sol";
import {LendingPool} from "../../src/mocks/LendingPool.sol";
import {AaveRateAbi} from "../../src/interfaces/IAaveV3RateStrategy.sol";

/// @notice The vault fixture over two local PORTS of Aave v3 (src/mocks/LendingPool.sol) instead of real Aave v3
/// markets (Fixture.sol). Only for tests that need what the port alone has: LendingPool.t.sol tests the port itself,
/// and GasBench's "port" columns (GasBench3Sources, GasBench10Sources) measure the vault over it beside the
/// GasBenchAave* columns over real Aave. Borrowing needs no collateral here.
abstract contract PortFixture is FixtureBase {
    LendingPool internal poolA;
    LendingPool internal poolB;

    function _deployPools() internal virtual override returns (address, address) {
        poolA = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, RESERVE_FACTOR_BPS, AaveRateAbi.V3_0);
        poolB = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, RESERVE_FACTOR_BPS, AaveRateAbi.V3_0);
        return (address(poolA), address(poolB));
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
