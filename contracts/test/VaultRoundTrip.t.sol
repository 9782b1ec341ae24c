// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {Comet} from "../src/mocks/Comet.sol";
import {Mock4626} from "../src/mocks/Mock4626.sol";
import {CompoundV3Adapter} from "../src/adapters/CompoundV3Adapter.sol";
import {ERC4626Adapter} from "../src/adapters/ERC4626Adapter.sol";
import {withdrawQueueOf} from "./utils/VaultReads.sol";

/// @notice ERC-4626 conformance properties (in the style of a4626's suite) over a vault whose assets sit in the
/// three kinds of source, with accrued yield: a real Aave v3 market (AaveV3Adapter), Comet (CompoundV3Adapter) and an
/// ERC-4626 vault whose share is worth more than one asset unit (ERC4626Adapter over Mock4626). Pulling part of a
/// position out of any of them loses a unit or two to the protocol's rounding: the withdrawer bears it (the
/// previews include ROUNDING_TOLERANCE_PER_SOURCE per source the withdrawal pulls from), so round trips never
/// profit the caller and never cost the holders who stay, and every preview and max function is honoured.
/// @dev Each test seeds the same kind of state from fuzzed amounts: bob and alice deposit, the keeper spreads all
/// but the idle floor over the three sources in fuzzed proportions, borrowers use half of the lending markets,
/// time passes (interest accrues, the ERC-4626 target earns yield), and the withdraw queue starts at a fuzzed
/// source. Alice then acts; bob is the holder who stays (the fee recipient too, with a 10% fee).
contract VaultRoundTripTest is Fixture {
    address internal constant LP = address(0x5001);
    address internal feeTo = address(0xFEE);

    Comet internal comet;
    Mock4626 internal target;
    CompoundV3Adapter internal adapterC;
    ERC4626Adapter internal adapterE;

    function setUp() public override {
        super.setUp();
        comet = new Comet(address(usdc), 0.8e18, 0.03e18, 1e18, 0, 0.8e18, 0.05e18, 1.5e18, 0.01e18);
        target = new Mock4626(usdc, "Mock 4626 USDC", "m4USDC");
        adapterC = new CompoundV3Adapter(address(vault), address(comet), address(usdc));
        adapterE = new ERC4626Adapter(address(vault), address(target));
        vm.startPrank(governance);
        vault.removeSource(address(adapterB));
        vault.addSource(address(adapterC), type(uint256).max, BPS);
        vault.addSource(address(adapterE), type(uint256).max, BPS);
        vault.setFeeRecipient(feeTo);
        vault.setFee(1000);
        vm.stopPrank();

        // third parties in every market, and borrowers using half of the lending ones
        _supply(poolA, LP, 1e13);
        _borrow(poolA, 5e12);
        usdc.mint(LP, 2e13);
        vm.startPrank(LP);
        usdc.approve(address(comet), type(uint256).max);
        comet.supply(address(usdc), 1e13);
        usdc.approve(address(target), type(uint256).max);
        target.deposit(1e13, LP);
        vm.stopPrank();
        vm.prank(borrower);
        comet.borrow(5e12);
    }

    // ================================================================ round trips

    /// deposit → redeem: the caller gets back at most what it deposited; the holders who stay lose nothing.
    function testFuzz_depositThenRedeem(uint256 seed, uint256 assets) public {
        _seed(seed);
        assets = bound(assets, 1, 1e13);
        uint256 stayer = _value(bob);
        uint256 shares = _depositAs(alice, assets);
        vm.prank(alice);
        uint256 out = vault.redeem(shares, alice, alice);
        assertLe(out, assets, "deposit then redeem profits");
        assertGe(_value(bob), stayer, "the holder who stays lost value");
    }

    /// mint → withdraw: withdrawing what the mint cost burns at least the shares minted.
    function testFuzz_mintThenWithdraw(uint256 seed, uint256 shares) public {
        _seed(seed);
        shares = bound(shares, 1, 1e19);
        uint256 stayer = _value(bob);
        uint256 assets = _mintAs(alice, shares);
        vm.prank(alice);
        uint256 burned = vault.withdraw(assets, alice, alice);
        assertGe(burned, shares, "mint then withdraw profits");
        assertGe(_value(bob), stayer, "the holder who stays lost value");
    }

    /// withdraw → deposit: depositing what was withdrawn (pulled from the sources) buys back at most the shares
    /// burned; the holders who stay lose nothing, neither after the withdrawal nor after the deposit.
    function testFuzz_withdrawThenDeposit(uint256 seed, uint256 assets) public {
        _seed(seed);
        assets = bound(assets, 1, vault.maxWithdraw(alice));
        uint256 stayer = _value(bob);
        vm.prank(alice);
        uint256 burned = vault.withdraw(assets, alice, alice);
        assertGe(_value(bob), stayer, "the withdrawal cost the holder who stays");
        uint256 shares = _depositAs(alice, assets);
        assertLe(shares, burned, "withdraw then deposit profits");
        assertGe(_value(bob), stayer, "the holder who stays lost value");
    }

    /// redeem → mint: minting back the shares redeemed costs at least what the redemption paid.
    function testFuzz_redeemThenMint(uint256 seed, uint256 shares) public {
        _seed(seed);
        shares = bound(shares, 1, vault.maxRedeem(alice));
        uint256 stayer = _value(bob);
        vm.prank(alice);
        uint256 out = vault.redeem(shares, alice, alice);
        assertGe(_value(bob), stayer, "the redemption cost the holder who stays");
        uint256 cost = _mintAs(alice, shares);
        assertGe(cost, out, "redeem then mint profits");
        assertGe(_value(bob), stayer, "the holder who stays lost value");
    }

    // ================================================================ previews

    /// previewDeposit ≤ shares minted, previewMint ≥ assets taken, previewWithdraw ≥ shares burned, previewRedeem ≤
    /// assets paid (here all exact), with withdrawals pulling from the sources.
    function testFuzz_previewsAreHonoured(uint256 seed, uint256 assets, uint256 shares, uint256 out, uint256 burn)
        public
    {
        _seed(seed);
        assets = bound(assets, 1, 1e13);
        uint256 preview = vault.previewDeposit(assets);
        assertEq(_depositAs(alice, assets), preview, "previewDeposit");
        shares = bound(shares, 1, 1e19);
        preview = vault.previewMint(shares);
        assertEq(_mintAs(alice, shares), preview, "previewMint");

        out = bound(out, 1, vault.maxWithdraw(alice));
        preview = vault.previewWithdraw(out);
        uint256 balance = usdc.balanceOf(alice);
        vm.prank(alice);
        assertEq(vault.withdraw(out, alice, alice), preview, "previewWithdraw");
        assertEq(usdc.balanceOf(alice) - balance, out, "withdraw pays what was asked");

        burn = bound(burn, 1, vault.maxRedeem(alice));
        preview = vault.previewRedeem(burn);
        balance = usdc.balanceOf(alice);
        vm.prank(alice);
        assertEq(vault.redeem(burn, alice, alice), preview, "previewRedeem");
        assertEq(usdc.balanceOf(alice) - balance, preview, "redeem pays what it returns");
    }

    // ================================================================ max functions

    /// maxDeposit, maxMint, maxWithdraw and maxRedeem never revert and are honoured exactly: withdrawing (redeeming)
    /// the max succeeds and one unit more reverts, whether the owner's shares or the sources' liquidity bind.
    function testFuzz_maxIsHonoured(uint256 seed, uint256 usedBps) public {
        _seed(seed);
        // borrowers take up to all of the lending markets' free liquidity, so liquidity may bind
        usedBps = bound(usedBps, 0, BPS);
        uint256 amount = _availableLiquidity(poolA) * usedBps / BPS;
        if (amount != 0) _borrow(poolA, amount);
        amount = usdc.balanceOf(address(comet)) * usedBps / BPS;
        if (amount != 0) {
            vm.prank(borrower);
            comet.borrow(amount);
        }
        assertEq(vault.maxDeposit(alice), type(uint256).max, "maxDeposit");
        assertEq(vault.maxMint(alice), type(uint256).max, "maxMint");

        uint256 max = vault.maxWithdraw(alice);
        vm.prank(alice);
        (bool ok,) = address(vault).call(abi.encodeCall(vault.withdraw, (max + 1, alice, alice)));
        assertTrue(!ok, "maxWithdraw + 1 accepted");
        vm.prank(alice);
        vault.withdraw(max, alice, alice);

        max = vault.maxRedeem(bob);
        vm.prank(bob);
        (ok,) = address(vault).call(abi.encodeCall(vault.redeem, (max + 1, bob, bob)));
        assertTrue(!ok, "maxRedeem + 1 accepted");
        vm.prank(bob);
        vault.redeem(max, bob, bob);
    }

    // ================================================================ helpers

    /// @dev bob and alice deposit, the keeper invests all but the idle floor in the three sources, time passes with
    /// interest and yield, and the withdraw queue starts at a fuzzed source.
    function _seed(uint256 seed) internal {
        uint256 b = bound(uint256(keccak256(abi.encode(seed, "bob"))), 1e6, 1e13);
        uint256 a = bound(uint256(keccak256(abi.encode(seed, "alice"))), 1e6, 1e13);
        _deposit(bob, b);
        _deposit(alice, a);
        uint256 total = a + b;
        uint256 invest = total - (total * MIN_IDLE_BPS + BPS - 1) / BPS;
        uint256[] memory t = new uint256[](3);
        t[0] = invest * bound(uint256(keccak256(abi.encode(seed, "A"))), 0, BPS) / BPS;
        t[1] = (invest - t[0]) * bound(uint256(keccak256(abi.encode(seed, "C"))), 0, BPS) / BPS;
        t[2] = invest - t[0] - t[1];
        _rebalance(t);

        uint256 dt = bound(uint256(keccak256(abi.encode(seed, "dt"))), 1 hours, 730 days);
        vm.warp(block.timestamp + dt);
        // the ERC-4626 target earns about 8% a year, so its share is worth more than one asset unit
        uint256 yield = target.totalAssets() * 8 * dt / (100 * 365 days) + 1;
        usdc.mint(LP, yield);
        vm.prank(LP);
        target.simulateYield(yield);

        address[] memory q = withdrawQueueOf(vault);
        uint256 r = seed % 3;
        address[] memory rotated = new address[](3);
        for (uint256 i; i < 3; ++i) {
            rotated[i] = q[(i + r) % 3];
        }
        vm.prank(governance);
        vault.setWithdrawQueue(rotated);
    }

    function _value(address who) internal view returns (uint256) {
        return vault.convertToAssets(vault.balanceOf(who));
    }

    function _depositAs(address who, uint256 assets) internal returns (uint256 shares) {
        usdc.mint(who, assets);
        vm.startPrank(who);
        usdc.approve(address(vault), assets);
        shares = vault.deposit(assets, who);
        vm.stopPrank();
    }

    function _mintAs(address who, uint256 shares) internal returns (uint256 assets) {
        uint256 cost = vault.previewMint(shares);
        usdc.mint(who, cost);
        vm.startPrank(who);
        usdc.approve(address(vault), cost);
        assets = vault.mint(shares, who);
        vm.stopPrank();
    }
}
