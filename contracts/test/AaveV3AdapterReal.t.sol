// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {AaveV3Setup} from "./utils/AaveV3Setup.sol";
import {DataTypes} from "../src/interfaces/IAaveV3Pool.sol";
import {AaveRateAbi} from "../src/interfaces/IAaveV3RateStrategy.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {AdapterEventsLib} from "../src/libraries/AdapterEventsLib.sol";
import {checkPosition} from "./utils/PositionCheck.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice AaveV3Adapter against a real Aave v3 market (Aave v3.0.2 from the pinned @aave/core-v3, see
/// utils/AaveV3Setup.sol): the exact quotes (supplyRateAfter is the pool's rate after the move, to the wei),
/// maxWithdraw and maxDeposit are checked against Aave's own accounting. The test contract is the adapter's vault.
/// AaveV3Adapter.t.sol runs the same adapter over the local port (LendingPool), which alone can also be made
/// inactive with funds in it.
contract AaveV3AdapterRealTest is AdapterTestBase, AaveV3Setup {
    AaveV3Adapter internal adapter;
    address internal gov = address(0x6070);

    /// @dev The test contract is the adapters' vault: this is the vault's governance read by `sweep`.
    function governance() external view returns (address) {
        return gov;
    }

    function setUp() public override {
        super.setUp();
        _market(1000);
        _supply(supplier, 1000e6);
        _aaveBorrow(address(usdc), 600e6);
    }

    /// @dev A fresh market for `usdc` with the port suite's curve (base 0, slopes 4% and 60%, kink 80%).
    function _market(uint256 reserveFactor) internal {
        _setUpAave(address(usdc), _stableCurve(reserveFactor));
        adapter = new AaveV3Adapter(address(this), address(aavePool), address(usdc));
    }

    function _supply(address who, uint256 amount) internal {
        _fund(who, address(aavePool), amount);
        vm.prank(who);
        aavePool.supply(address(usdc), amount, who, 0);
    }

    function _deposit(uint256 amount) internal {
        usdc.mint(address(this), amount);
        usdc.transfer(address(adapter), amount);
        adapter.deposit(amount);
    }

    function _poolRate() internal view returns (uint256) {
        return aavePool.getReserveData(address(usdc)).currentLiquidityRate;
    }

    function test_views() public view {
        assertEq(adapter.asset(), address(usdc), "asset");
        assertEq(address(adapter.POOL()), address(aavePool), "pool");
        assertEq(address(adapter.A_TOKEN()), aavePool.getReserveData(address(usdc)).aTokenAddress, "aToken");
        assertTrue(adapter.RATE_ABI() == AaveRateAbi.V3_0, "Aave v3.0 strategy ABI detected");
        assertGt(_poolRate(), 0, "utilised market pays");
        assertEq(adapter.supplyRate(), _poolRate(), "supply rate");
        assertEq(adapter.supplyRateAfter(0, 0), _poolRate(), "no flow = current rate");
    }

    /// Fuzz: supplyRateAfter(x, 0) is exactly the real pool's rate after the adapter deposits x.
    function testFuzz_supplyRateAfterDeposit(uint256 x, uint256 elapsed) public {
        x = bound(x, 1, 1e13);
        vm.warp(block.timestamp + bound(elapsed, 0, 730 days));
        uint256 preview = adapter.supplyRateAfter(x, 0);
        _deposit(x);
        assertEq(_poolRate(), preview, "pool rate after deposit");
        assertEq(adapter.supplyRate(), preview, "adapter rate after deposit");
    }

    /// Fuzz: supplyRateAfter(0, y) is exactly the real pool's rate after the adapter withdraws y, for any y up to
    /// maxWithdraw, which the pool pays in full.
    function testFuzz_supplyRateAfterWithdraw(uint256 d, uint256 y, uint256 elapsed) public {
        d = bound(d, 2, 1e13);
        _deposit(d);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
        y = bound(y, 1, adapter.maxWithdraw());
        uint256 preview = adapter.supplyRateAfter(0, y);
        assertEq(adapter.withdraw(y, address(this)), y, "withdrawn");
        assertEq(_poolRate(), preview, "pool rate after withdraw");
    }

    /// The reserve factor comes from the configuration bitmap: markets with different factors still match.
    function test_supplyRateAfterReadsReserveFactor() public {
        uint256[3] memory factors = [uint256(0), 2500, 9900];
        for (uint256 i; i < 3; ++i) {
            _market(factors[i]);
            _supply(supplier, 1000e6);
            _aaveBorrow(address(usdc), 850e6);
            vm.warp(block.timestamp + 10 days);
            uint256 preview = adapter.supplyRateAfter(300e6, 0);
            _deposit(300e6);
            assertEq(_poolRate(), preview, "rate after deposit");
        }
    }

    function test_supplyRateAfterNoDebt() public {
        _market(1000);
        _supply(supplier, 1000e6);
        assertEq(adapter.supplyRateAfter(1000e6, 0), 0, "no debt, no supply rate");
    }

    function test_supplyRateAfterRevertsWhenTakingMoreThanAvailable() public {
        vm.expectRevert(); // arithmetic underflow in Aave's strategy
        adapter.supplyRateAfter(0, 400e6 + 1);
    }

    function test_depositWithdraw() public {
        usdc.mint(address(this), 500e6);
        usdc.transfer(address(adapter), 500e6);
        vmx.expectEmit(true, false, false, true, address(adapter));
        emit AdapterEventsLib.SourceDeposit(address(this), 500e6);
        adapter.deposit(500e6);
        assertEq(adapter.totalAssets(), 500e6, "total assets");
        assertEq(usdc.balanceOf(address(adapter)), 0, "nothing idle in adapter");
        vm.warp(block.timestamp + 365 days);
        assertGt(adapter.totalAssets(), 500e6, "interest accrued");
        assertEq(adapter.withdraw(100e6, alice()), 100e6, "partial");
        assertEq(usdc.balanceOf(alice()), 100e6, "receiver got assets");
        uint256 rest = adapter.totalAssets();
        assertEq(adapter.withdraw(type(uint256).max, address(this)), rest, "withdraw all");
        assertEq(adapter.A_TOKEN().balanceOf(address(adapter)), 0, "no dust");
        assertEq(adapter.totalAssets(), 0, "empty");
    }

    /// L-1: a partial and a full withdrawal from the real pool (after a year of interest, every account cold) each
    /// use a small part of the vault's per-call gas budget.
    function test_withdrawGas() public {
        _deposit(500e6);
        vm.warp(block.timestamp + 365 days);
        DataTypes.ReserveDataLegacy memory r = aavePool.getReserveData(address(usdc));
        address[] memory touched = new address[](6);
        touched[0] = address(aavePool);
        touched[1] = r.aTokenAddress;
        touched[2] = r.interestRateStrategyAddress;
        touched[3] = r.variableDebtTokenAddress;
        touched[4] = r.stableDebtTokenAddress;
        touched[5] = address(aaveProvider);
        _withdrawGas(adapter, 100e6, alice(), touched);
        _withdrawGas(adapter, type(uint256).max, alice(), touched);
        assertEq(adapter.totalAssets(), 0, "empty");
    }

    /// maxWithdraw is the pool's free liquidity when that is short: exactly that much can be withdrawn, a unit more
    /// reverts.
    function test_liquidityShort() public {
        _deposit(1000e6);
        _aaveBorrow(address(usdc), 1300e6); // available = 2000 − 1900 = 100
        assertEq(adapter.totalAssets(), 1000e6, "total assets");
        assertEq(adapter.maxWithdraw(), 100e6, "limited by free liquidity");
        checkPosition(ISource(address(adapter)));
        vm.expectRevert();
        adapter.withdraw(100e6 + 1, address(this));
        assertEq(adapter.withdraw(100e6, address(this)), 100e6, "max withdraw works");
        assertEq(adapter.maxWithdraw(), 0, "drained");
        checkPosition(ISource(address(adapter)));
    }

    /// Fuzz: maxWithdraw is exact after any borrow and any elapsed time: a unit more reverts, maxWithdraw passes.
    function testFuzz_maxWithdrawExact(uint256 d, uint256 b, uint256 elapsed) public {
        d = bound(d, 1e6, 1e13);
        _deposit(d);
        b = bound(b, 0, d);
        _aaveBorrow(address(usdc), b);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
        uint256 max = adapter.maxWithdraw();
        checkPosition(ISource(address(adapter)));
        if (max < adapter.totalAssets()) {
            vm.expectRevert();
            adapter.withdraw(max + 1, address(this));
        }
        if (max != 0) assertEq(adapter.withdraw(max, address(this)), max, "maxWithdraw paid");
    }

    /// maxDeposit under Aave's supply cap: what the cap leaves of the reserve's supplied total (interest and the
    /// treasury's share included), which a deposit can take exactly and not a unit more; 0 while frozen or paused.
    function test_maxDeposit() public {
        assertEq(adapter.maxDeposit(), type(uint256).max, "no cap");
        vm.prank(aaveAdmin);
        aaveConfigurator.setSupplyCap(address(usdc), 1500);
        assertEq(adapter.maxDeposit(), 500e6, "what the cap leaves");
        vm.warp(block.timestamp + 365 days);
        uint256 room = adapter.maxDeposit();
        assertLt(room, 500e6, "interest took some room");
        usdc.mint(address(this), room + 1);
        usdc.transfer(address(adapter), room + 1);
        vm.expectRevert();
        adapter.deposit(room + 1);
        adapter.deposit(room);
        assertEq(adapter.maxDeposit(), 0, "full");
        vm.startPrank(aaveAdmin);
        aaveConfigurator.setSupplyCap(address(usdc), 0);
        assertEq(adapter.maxDeposit(), type(uint256).max, "cap lifted");
        aaveConfigurator.setReserveFreeze(address(usdc), true);
        assertEq(adapter.maxDeposit(), 0, "frozen");
        aaveConfigurator.setReserveFreeze(address(usdc), false);
        aaveConfigurator.setReservePause(address(usdc), true);
        assertEq(adapter.maxDeposit(), 0, "paused");
        vm.stopPrank();
    }

    /// Fuzz: under any cap and any accrued interest, maxDeposit is exact on the real pool.
    function testFuzz_maxDepositExact(uint256 capTokens, uint256 elapsed) public {
        vm.prank(aaveAdmin);
        aaveConfigurator.setSupplyCap(address(usdc), bound(capTokens, 1001, 1e7));
        vm.warp(block.timestamp + bound(elapsed, 0, 730 days));
        uint256 room = adapter.maxDeposit();
        vm.assume(room != 0);
        usdc.mint(address(this), room + 1);
        usdc.transfer(address(adapter), room + 1);
        vm.expectRevert();
        adapter.deposit(room + 1);
        adapter.deposit(room);
    }

    /// A paused reserve reports maxWithdraw 0 (Aave refuses the withdrawal) and is still valued.
    function test_maxWithdrawZeroWhenPaused() public {
        _deposit(100e6);
        assertEq(adapter.maxWithdraw(), 100e6, "active");
        checkPosition(ISource(address(adapter)));
        vm.prank(aaveAdmin);
        aaveConfigurator.setReservePause(address(usdc), true);
        assertEq(adapter.maxWithdraw(), 0, "paused: nothing withdrawable");
        checkPosition(ISource(address(adapter)));
        (bool active, bool frozen, bool paused) = adapter.reserveFlags();
        assertTrue(active && !frozen && paused, "flags: active, not frozen, paused");
        assertEq(adapter.totalAssets(), 100e6, "still valued");
        vm.expectRevert();
        adapter.withdraw(1, address(this));
        vm.prank(aaveAdmin);
        aaveConfigurator.setReservePause(address(usdc), false);
        assertEq(adapter.maxWithdraw(), 100e6, "unpaused");
        checkPosition(ISource(address(adapter)));
    }

    function test_sweepKeepsTheAToken() public {
        _deposit(100e6);
        MockStablecoin reward = new MockStablecoin("Aave incentive", "AAVE");
        reward.mint(address(adapter), 5e6);
        vm.prank(gov);
        assertEq(adapter.sweep(address(reward), gov), 5e6, "swept");
        address aToken = address(adapter.A_TOKEN());
        vm.prank(gov);
        vm.expectRevert();
        adapter.sweep(aToken, gov);
        assertEq(IERC20(aToken).balanceOf(address(adapter)), 100e6, "position untouched");
    }

    function alice() internal pure returns (address) {
        return address(0xA11CE);
    }
}
