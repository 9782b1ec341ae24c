// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {DataTypes} from "../src/interfaces/IAaveV3Pool.sol";
import {LendingPool} from "../src/mocks/LendingPool.sol";
import {AaveRateAbi} from "../src/interfaces/IAaveV3RateStrategy.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {AdapterErrorsLib} from "../src/libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../src/libraries/AdapterEventsLib.sol";
import {MockErrorsLib} from "../src/libraries/MockErrorsLib.sol";
import {checkPosition} from "./utils/PositionCheck.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice A pool whose reserve has no aToken.
contract EmptyReservePool {
    function getReserveData(address) external pure returns (DataTypes.ReserveDataLegacy memory d) {
        return d;
    }
}

/// @notice AaveV3Adapter against the local LendingPool; the test contract is the adapter's vault.
contract AaveV3AdapterTest is AdapterTestBase {
    LendingPool internal pool;
    AaveV3Adapter internal adapter;
    address internal gov = address(0x6070);

    /// @dev The test contract is the adapters' vault: this is the vault's governance read by `sweep`.
    function governance() external view returns (address) {
        return gov;
    }

    function setUp() public override {
        super.setUp();
        pool = new LendingPool(address(usdc), 0, 0.04e27, 0.6e27, 0.8e27, 1000, AaveRateAbi.V3_0);
        adapter = new AaveV3Adapter(address(this), address(pool), address(usdc));
        _supply(supplier, 1000e6);
        _borrow(600e6);
    }

    function _supply(address who, uint256 amount) internal {
        _fund(who, address(pool), amount);
        vm.prank(who);
        pool.supply(address(usdc), amount, who, 0);
    }

    function _borrow(uint256 amount) internal {
        vm.prank(borrower);
        pool.borrow(address(usdc), amount, 2, 0, borrower);
    }

    function _deposit(uint256 amount) internal {
        usdc.mint(address(this), amount);
        usdc.transfer(address(adapter), amount);
        adapter.deposit(amount);
    }

    function test_views() public view {
        assertEq(adapter.asset(), address(usdc), "asset");
        assertEq(adapter.vault(), address(this), "vault");
        assertEq(address(adapter.POOL()), address(pool), "pool");
        assertEq(address(adapter.A_TOKEN()), address(pool.A_TOKEN()), "aToken");
        assertEq(adapter.supplyRate(), pool.supplyRate(), "supply rate");
        assertEq(adapter.supplyRateAfter(0, 0), pool.supplyRate(), "no flow = current rate");
    }

    /// Fuzz: supplyRateAfter(x, 0) is exactly the pool's rate after the adapter deposits x.
    function testFuzz_supplyRateAfterDeposit(uint256 x, uint256 elapsed) public {
        x = bound(x, 1, 1e13);
        elapsed = bound(elapsed, 0, 730 days);
        vm.warp(block.timestamp + elapsed);
        uint256 preview = adapter.supplyRateAfter(x, 0);
        _deposit(x);
        assertEq(pool.supplyRate(), preview, "pool rate after deposit");
        assertEq(adapter.supplyRate(), preview, "adapter rate after deposit");
        assertEq(pool.previewSupplyRate(0, 0), preview, "pool preview agrees");
    }

    /// Fuzz: supplyRateAfter(0, y) is exactly the pool's rate after the adapter withdraws y.
    function testFuzz_supplyRateAfterWithdraw(uint256 d, uint256 y, uint256 elapsed) public {
        d = bound(d, 2, 1e13);
        _deposit(d);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
        uint256 maxOut = adapter.maxWithdraw();
        y = bound(y, 1, maxOut);
        uint256 preview = adapter.supplyRateAfter(0, y);
        uint256 out = adapter.withdraw(y, address(this));
        assertEq(out, y, "withdrawn");
        assertEq(pool.supplyRate(), preview, "pool rate after withdraw");
    }

    /// The reserve factor comes from the configuration bitmap: pools with different factors still match.
    function test_supplyRateAfterReadsReserveFactor() public {
        uint256[3] memory factors = [uint256(0), 2500, 10000];
        for (uint256 i; i < 3; ++i) {
            pool = new LendingPool(address(usdc), 0.01e27, 0.04e27, 0.6e27, 0.8e27, factors[i], AaveRateAbi.V3_0);
            adapter = new AaveV3Adapter(address(this), address(pool), address(usdc));
            _supply(supplier, 1000e6);
            _borrow(850e6);
            vm.warp(block.timestamp + 10 days);
            uint256 preview = adapter.supplyRateAfter(300e6, 0);
            _deposit(300e6);
            assertEq(pool.supplyRate(), preview, "rate after deposit");
        }
        assertEq(adapter.supplyRateAfter(0, 0), 0, "100% reserve factor pays nothing");
    }

    function test_supplyRateAfterNoDebt() public {
        LendingPool idle = new LendingPool(address(usdc), 0.01e27, 0.04e27, 0.6e27, 0.8e27, 1000, AaveRateAbi.V3_0);
        AaveV3Adapter a = new AaveV3Adapter(address(this), address(idle), address(usdc));
        assertEq(a.supplyRateAfter(1000e6, 0), 0, "no debt, no supply rate");
    }

    function test_supplyRateAfterRevertsWhenTakingMoreThanAvailable() public {
        vm.expectRevert(); // arithmetic underflow in the strategy, as on Aave
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
        uint256 assets = adapter.totalAssets();
        assertGt(assets, 500e6, "interest accrued");
        assertEq(adapter.withdraw(100e6, alice()), 100e6, "partial");
        assertEq(usdc.balanceOf(alice()), 100e6, "receiver got assets");
        uint256 rest = adapter.totalAssets();
        assertEq(adapter.withdraw(type(uint256).max, address(this)), rest, "withdraw all");
        assertEq(pool.A_TOKEN().scaledBalanceOf(address(adapter)), 0, "no dust");
        assertEq(adapter.totalAssets(), 0, "empty");
    }

    /// L-1: a partial and a full withdrawal (after a year of interest, every account cold) each use a small part
    /// of the vault's per-call gas budget.
    function test_withdrawGas() public {
        _deposit(500e6);
        vm.warp(block.timestamp + 365 days);
        address[] memory touched = new address[](3);
        touched[0] = address(pool);
        touched[1] = address(pool.A_TOKEN());
        touched[2] = pool.INTEREST_RATE_STRATEGY();
        _withdrawGas(adapter, 100e6, alice(), touched);
        _withdrawGas(adapter, type(uint256).max, alice(), touched);
        assertEq(adapter.totalAssets(), 0, "empty");
    }

    function test_liquidityShort() public {
        _deposit(1000e6);
        _borrow(1300e6); // available = 2000 − 1900 = 100
        assertEq(adapter.totalAssets(), 1000e6, "total assets");
        assertEq(adapter.maxWithdraw(), 100e6, "limited by free liquidity");
        checkPosition(ISource(address(adapter)));
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.InsufficientPoolLiquidity.selector, 150e6, 100e6));
        adapter.withdraw(150e6, address(this));
        vm.expectRevert(abi.encodeWithSelector(MockErrorsLib.InsufficientPoolLiquidity.selector, 1000e6, 100e6));
        adapter.withdraw(1000e6, address(this));
        assertEq(adapter.withdraw(100e6, address(this)), 100e6, "max withdraw works");
        assertEq(adapter.maxWithdraw(), 0, "drained");
        checkPosition(ISource(address(adapter)));
    }

    function test_reverts() public {
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new AaveV3Adapter(address(0), address(pool), address(usdc));
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new AaveV3Adapter(address(this), address(0), address(usdc));
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new AaveV3Adapter(address(this), address(pool), address(0));
        EmptyReservePool empty = new EmptyReservePool();
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new AaveV3Adapter(address(this), address(empty), address(usdc));

        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotVault.selector);
        adapter.deposit(1);
        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotVault.selector);
        adapter.withdraw(1, stranger);
        vm.expectRevert(AdapterErrorsLib.ZeroAmount.selector);
        adapter.deposit(0);
        vm.expectRevert(AdapterErrorsLib.ZeroAmount.selector);
        adapter.withdraw(0, address(this));
    }

    /// A paused (bit 60) or inactive (bit 56) reserve reports maxWithdraw 0, so the vault skips it.
    /// maxDeposit: unlimited without a supply cap; under one, what the cap leaves of the reserve's supplied total
    /// (interest and the treasury's share included), which a deposit can take exactly and not a unit more; 0 while
    /// the reserve is paused or inactive.
    function test_maxDeposit() public {
        assertEq(adapter.maxDeposit(), type(uint256).max, "no cap");
        pool.setSupplyCap(1500); // whole tokens: 1,500e6, of which the supplier's 1,000e6 are taken
        uint256 config = pool.getConfiguration(address(usdc)).data;
        assertEq((config >> 116) & 0xFFFFFFFFF, 1500, "cap in the configuration");
        assertEq(adapter.maxDeposit(), 500e6, "what the cap leaves");
        vm.warp(block.timestamp + 365 days); // interest and the treasury's share count against the cap
        uint256 room = adapter.maxDeposit();
        assertLt(room, 500e6, "interest took some room");
        usdc.mint(address(this), room + 1);
        usdc.transfer(address(adapter), room + 1);
        vm.expectRevert();
        adapter.deposit(room + 1);
        adapter.deposit(room);
        assertEq(adapter.maxDeposit(), 0, "full");
        pool.setSupplyCap(0);
        assertEq(adapter.maxDeposit(), type(uint256).max, "cap lifted");
        pool.setReserveStatus(true, true);
        assertEq(adapter.maxDeposit(), 0, "paused");
        pool.setReserveStatus(false, false);
        assertEq(adapter.maxDeposit(), 0, "inactive");
        vm.prank(stranger);
        vm.expectRevert(LendingPool.NotDeployer.selector);
        pool.setSupplyCap(1);
    }

    /// Fuzz: under any cap and any accrued interest, maxDeposit is exact: one unit more reverts, maxDeposit passes.
    function testFuzz_maxDepositExact(uint256 capTokens, uint256 elapsed) public {
        pool.setSupplyCap(bound(capTokens, 1001, 1e7));
        vm.warp(block.timestamp + bound(elapsed, 0, 730 days));
        uint256 room = adapter.maxDeposit();
        vm.assume(room != 0);
        usdc.mint(address(this), room + 1);
        usdc.transfer(address(adapter), room + 1);
        vm.expectRevert();
        adapter.deposit(room + 1);
        adapter.deposit(room);
    }

    function test_maxWithdrawZeroWhenPausedOrInactive() public {
        _deposit(100e6);
        assertEq(adapter.maxWithdraw(), 100e6, "active");
        checkPosition(ISource(address(adapter)));
        uint256 config = pool.getReserveData(address(usdc)).configuration.data;
        assertEq((config >> 56) & 1, 1, "active bit");
        assertEq((config >> 60) & 1, 0, "not paused");

        pool.setReserveStatus(true, true);
        config = pool.getReserveData(address(usdc)).configuration.data;
        assertEq((config >> 60) & 1, 1, "paused bit");
        assertEq((config >> 56) & 1, 1, "still active");
        assertEq(adapter.maxWithdraw(), 0, "paused: nothing withdrawable");
        checkPosition(ISource(address(adapter)));
        (bool active, bool frozen, bool paused) = adapter.reserveFlags();
        assertTrue(active && !frozen && paused, "flags: active, not frozen, paused");
        assertEq(adapter.totalAssets(), 100e6, "still valued");

        pool.setReserveStatus(false, false);
        config = pool.getReserveData(address(usdc)).configuration.data;
        assertEq((config >> 56) & 1, 0, "active bit cleared");
        assertEq(adapter.maxWithdraw(), 0, "inactive: nothing withdrawable");
        checkPosition(ISource(address(adapter)));
        (active, frozen, paused) = adapter.reserveFlags();
        assertTrue(!active && !frozen && !paused, "flags: inactive");
        assertEq((config >> 64) & 0xFFFF, 1000, "reserve factor kept");

        pool.setReserveStatus(true, false);
        assertEq(adapter.maxWithdraw(), 100e6, "unpaused");
        checkPosition(ISource(address(adapter)));
        assertEq(pool.getReserveData(address(usdc)).configuration.data, (config | (1 << 56)), "restored");

        vm.prank(stranger);
        vm.expectRevert(LendingPool.NotDeployer.selector);
        pool.setReserveStatus(true, true);
    }

    function test_sweep() public {
        MockStablecoin reward = new MockStablecoin("Aave incentive", "AAVE");
        reward.mint(address(adapter), 5e6);
        address to = address(0x7E57);
        vmx.expectEmit(true, true, false, true, address(adapter));
        emit AdapterEventsLib.Swept(address(reward), to, 5e6);
        vm.prank(gov);
        assertEq(adapter.sweep(address(reward), to), 5e6, "swept");
        assertEq(reward.balanceOf(to), 5e6, "receiver");
        assertEq(reward.balanceOf(address(adapter)), 0, "adapter emptied");
    }

    function test_sweepReverts() public {
        _deposit(100e6);
        MockStablecoin reward = new MockStablecoin("Aave incentive", "AAVE");
        reward.mint(address(adapter), 5e6);
        usdc.mint(address(adapter), 1e6);
        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotGovernance.selector);
        adapter.sweep(address(reward), stranger);
        vm.expectRevert(AdapterErrorsLib.NotGovernance.selector);
        adapter.sweep(address(reward), address(this));
        vm.startPrank(gov);
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.ProtectedToken.selector, address(usdc)));
        adapter.sweep(address(usdc), gov);
        address aToken = address(pool.A_TOKEN());
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.ProtectedToken.selector, aToken));
        adapter.sweep(aToken, gov);
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        adapter.sweep(address(reward), address(0));
        vm.stopPrank();
        assertEq(adapter.totalAssets(), 100e6, "position untouched");
    }

    function alice() internal pure returns (address) {
        return address(0xA11CE);
    }
}
