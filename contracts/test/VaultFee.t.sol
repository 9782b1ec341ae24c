// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Fixture} from "./utils/Fixture.sol";
import {TestSource} from "./utils/TestSource.sol";
import {ErrorsLib} from "../src/libraries/ErrorsLib.sol";
import {EventsLib} from "../src/libraries/EventsLib.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice Performance fee on gains above the high-water mark: hand-computed values, HWM after losses, previews.
contract VaultFeeTest is Fixture {
    address internal feeTo = address(0xFEE);
    /// @dev Share price scale: 1e18 per 10**offset share units (offset 6).
    uint256 internal constant PRICE_SCALE = 1e24;
    uint256 internal constant VIRTUAL = 1e6;

    TestSource internal ts;

    function setUp() public override {
        super.setUp();
        ts = new TestSource(address(vault), address(usdc));
        vm.startPrank(governance);
        vault.addSource(address(ts), type(uint256).max, BPS);
        vault.setFeeRecipient(feeTo);
        vault.setFee(1000); // 10%
        vm.stopPrank();
    }

    // ================================================================ setters

    function test_feeSetters() public {
        assertEq(vault.fee(), 1000, "fee");
        assertEq(vault.feeRecipient(), feeTo, "recipient");
        assertEq(vault.highWaterMark(), 1e18, "hwm starts at 1.0");
        assertEq(vault.MAX_FEE(), 2000, "max 20%");
        vm.startPrank(governance);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetFee(2000);
        vault.setFee(2000);
        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.SetFeeRecipient(bob);
        vault.setFeeRecipient(bob);
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.MaxFeeExceeded.selector, 2001, 2000));
        vault.setFee(2001);
        vm.expectRevert(ErrorsLib.ZeroFeeRecipient.selector);
        vault.setFeeRecipient(address(0));
        vault.setFee(0);
        vault.setFeeRecipient(address(0)); // fine with a zero fee
        vm.expectRevert(ErrorsLib.ZeroFeeRecipient.selector);
        vault.setFee(1);
        vm.stopPrank();
        assertEq(vault.fee(), 0, "fee off");
        assertEq(vault.feeRecipient(), address(0), "no recipient");
    }

    function test_feeSetters_onlyGovernance() public {
        address[3] memory wrong = [keeper, guardian, alice];
        for (uint256 i; i < wrong.length; ++i) {
            vm.startPrank(wrong[i]);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.setFee(1);
            vm.expectRevert(ErrorsLib.NotGovernance.selector);
            vault.setFeeRecipient(wrong[i]);
            vm.stopPrank();
        }
    }

    // ================================================================ hand-computed

    /// 1000 shares at 1.0, +10% gain, 10% fee: the fee is 10 assets, the recipient's shares are worth exactly 10,
    /// the holders keep 90 of the 100 gain, the mark moves to 1.09.
    function test_fee_handComputed() public {
        uint256 shares = _deposit(alice, 1000e6);
        assertEq(shares, 1000e12, "1000 shares");
        assertEq(vault.convertToAssets(1e24), 1e18, "price 1.0");
        usdc.mint(address(vault), 100e6); // +10%

        uint256 supply = 1000e12 + VIRTUAL;
        // gain = (total + 1) - hwm * supply = 1100e6 + 1 - (1000e6 + 1) = 100e6; fee = 10e6
        uint256 feeShares = Math.mulDiv(10e6, supply, 1100e6 + 1 - 10e6);
        uint256 newHwm = Math.mulDiv(1100e6 + 1, PRICE_SCALE, supply + feeShares);
        assertEq(vault.convertToAssets(1e24), newHwm, "the price (convertToAssets(1e24)) includes the pending fee");
        assertApproxEqAbs(newHwm, 1.09e18, 1e10, "1.09 (the virtual shares aside)");
        uint256 aliceBefore = vault.previewRedeem(shares); // already net of the pending fee

        vm.expectEmit(true, true, true, true, address(vault));
        emit EventsLib.AccrueFee(10e6, feeShares, newHwm);
        vault.accrueFee();

        assertEq(vault.balanceOf(feeTo), feeShares, "fee shares minted");
        assertEq(vault.highWaterMark(), newHwm, "hwm");
        uint256 feeValue = vault.convertToAssets(feeShares);
        assertLe(feeValue, 10e6, "recipient worth at most the fee");
        assertGe(feeValue + 1, 10e6, "recipient worth the fee (1 wei rounding)");
        uint256 aliceValue = vault.previewRedeem(shares);
        assertEq(aliceValue, aliceBefore, "preview was net of the fee");
        assertLe(aliceValue, 1090e6, "holders keep 90 of the 100 gain");
        assertGe(aliceValue + 1, 1090e6, "holders keep 90 of the 100 gain (rounding)");

        // nothing more to accrue
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), feeShares, "no double charge");

        // the recipient redeems its fee
        vm.prank(feeTo);
        uint256 out = vault.redeem(feeShares, feeTo, feeTo);
        assertGe(out + 1, 10e6, "fee paid out");
    }

    /// A loss lowers the price below the mark: no fee until the mark is regained, then only on the excess.
    function test_fee_noFeeAfterLossUntilHwmRegained() public {
        _deposit(alice, 1000e6);
        _rebalance3(0, 0, 900e6);
        usdc.mint(address(ts), 100e6); // +100: fee 10
        vault.accrueFee();
        uint256 feeShares = vault.balanceOf(feeTo);
        uint256 hwm = vault.highWaterMark();
        assertApproxEqAbs(vault.convertToAssets(feeShares), 10e6, 1, "first fee");

        ts.lose(200e6); // 1100 -> 900
        assertLt(vault.convertToAssets(1e24), hwm, "below the mark");
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), feeShares, "no fee on a loss");
        assertEq(vault.highWaterMark(), hwm, "mark kept");

        usdc.mint(address(ts), 150e6); // 1050: partial recovery
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), feeShares, "no fee on a recovery below the mark");
        usdc.mint(address(ts), 50e6); // 1100: back at the mark
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), feeShares, "no fee on reaching the mark");

        usdc.mint(address(ts), 110e6); // 1210: +110 above the mark -> fee 11
        uint256 recipientBefore = vault.convertToAssets(feeShares);
        vault.accrueFee();
        uint256 charged = vault.convertToAssets(vault.balanceOf(feeTo)) - recipientBefore;
        assertApproxEqAbs(charged, 11e6, 2, "fee only on the gain above the mark");
        assertGt(vault.highWaterMark(), hwm, "new mark");
    }

    /// With a zero fee the mark follows the price, so turning the fee on later does not charge past gains; and
    /// setFee accrues the old fee first.
    function test_fee_setFeeAccruesOldFee() public {
        vm.prank(governance);
        vault.setFee(0);
        _deposit(alice, 1000e6);
        usdc.mint(address(vault), 100e6);
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), 0, "no fee");
        assertApproxEqAbs(vault.highWaterMark(), 1.1e18, 1e10, "mark follows the price");
        vm.prank(governance);
        vault.setFee(2000);
        assertEq(vault.balanceOf(feeTo), 0, "past gains not charged");

        usdc.mint(address(vault), 110e6); // +10% of 1100 at 20%
        vm.prank(governance);
        vault.setFee(500); // accrues at the old 20% first
        assertApproxEqAbs(vault.convertToAssets(vault.balanceOf(feeTo)), 22e6, 1, "old fee applied");

        // a new recipient only gets fees from now on
        usdc.mint(address(vault), 100e6);
        uint256 oldShares = vault.balanceOf(feeTo);
        vm.prank(governance);
        vault.setFeeRecipient(bob);
        assertGt(vault.balanceOf(feeTo), oldShares, "old recipient paid up to the change");
        assertEq(vault.balanceOf(bob), 0, "new recipient starts from zero");
    }

    /// Previews and max functions include the pending fee: they match what the operations then do.
    function test_fee_previewsMatchOperations() public {
        _deposit(alice, 1000e6);
        _rebalance3(300e6, 0, 300e6);
        usdc.mint(address(ts), 200e6);

        uint256 expectedShares = vault.previewDeposit(500e6);
        uint256 got = _deposit(bob, 500e6);
        assertEq(got, expectedShares, "previewDeposit");
        assertGt(vault.balanceOf(feeTo), 0, "fee accrued on deposit");

        usdc.mint(address(ts), 100e6);
        uint256 aliceShares = vault.balanceOf(alice);
        uint256 expectedAssets = vault.previewRedeem(aliceShares / 2);
        vm.prank(alice);
        assertEq(vault.redeem(aliceShares / 2, alice, alice), expectedAssets, "previewRedeem");

        usdc.mint(address(ts), 100e6);
        uint256 max = vault.maxWithdraw(alice);
        uint256 expectedBurn = vault.previewWithdraw(max);
        vm.prank(alice);
        assertEq(vault.withdraw(max, alice, alice), expectedBurn, "previewWithdraw of maxWithdraw");
        assertLe(vault.convertToAssets(vault.balanceOf(alice)), 1, "maxWithdraw was all of alice's assets");

        usdc.mint(address(ts), 100e6);
        uint256 expectedAssetsIn = vault.previewMint(1e12);
        usdc.mint(bob, expectedAssetsIn);
        vm.startPrank(bob);
        usdc.approve(address(vault), expectedAssetsIn);
        assertEq(vault.mint(1e12, bob), expectedAssetsIn, "previewMint");
        vm.stopPrank();
    }

    /// The fee is accrued before a rebalance.
    function test_fee_accruedOnRebalance() public {
        _deposit(alice, 1000e6);
        usdc.mint(address(vault), 50e6);
        _rebalance3(100e6, 0, 0);
        assertApproxEqAbs(vault.convertToAssets(vault.balanceOf(feeTo)), 5e6, 1, "fee accrued");
    }

    /// Without real supply nobody gains: no fee, and the mark restarts at the current price.
    function test_fee_emptyVault() public {
        usdc.mint(address(vault), 1e6); // donation to an empty vault
        vault.accrueFee();
        assertEq(vault.totalSupply(), 0, "no fee shares");
        assertEq(vault.highWaterMark(), Math.mulDiv(1e6 + 1, PRICE_SCALE, VIRTUAL), "mark at the current price");
    }

    /// A fee rounding to 0 still moves the mark to the price: less than a wei of fee is forgone, and a later
    /// depositor is never charged for a gain made before it entered.
    function test_fee_dustGainSettlesMark() public {
        _deposit(alice, 1000e6);
        usdc.mint(address(vault), 9); // fee 0.9 wei -> 0
        vault.accrueFee();
        assertEq(vault.highWaterMark(), Math.mulDiv(1000e6 + 10, PRICE_SCALE, 1000e12 + VIRTUAL), "mark = price");
        assertEq(vault.balanceOf(feeTo), 0, "nothing minted");
        // a large deposit afterwards owes no fee
        _deposit(bob, 1e12);
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), 0, "no fee charged on the newcomer");
    }

    // ================================================================ exits while a source cannot be valued (L-4)

    /// The audit's scenario: a source holding half the vault breaks (it counts as 0, the price halves), bob exits at
    /// that depressed price, the source recovers. Nothing was earned: no fee (it was 50 of the 250 bob left behind,
    /// at 20%). Real yield afterwards is charged as before.
    function test_fee_notChargedOnValueLeftByExitsWhileUnvalued() public {
        vm.prank(governance);
        vault.setFee(2000);
        _deposit(alice, 500e6);
        _deposit(bob, 500e6);
        _rebalance3(0, 0, 500e6); // idle 500, ts 500
        ts.setBroken(true);
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        uint256 out = vault.redeem(bobShares, bob, bob);
        assertApproxEqAbs(out, 250e6, 1, "bob exits at the depressed price");

        ts.setBroken(false);
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), 0, "no fee without yield");
        assertApproxEqAbs(vault.convertToAssets(vault.balanceOf(alice)), 750e6, 1, "alice keeps what bob left");

        usdc.mint(address(ts), 100e6); // real yield: 20% of it
        vault.accrueFee();
        assertApproxEqAbs(vault.convertToAssets(vault.balanceOf(feeTo)), 20e6, 1, "fee on the real yield");
    }

    /// The same with a withdrawal of part of bob's position, and the source recovering while alice and bob both
    /// stay: the mark rises by what bob's exit left behind for the holders who stay, no more.
    function test_fee_partialExitWhileUnvalued() public {
        vm.prank(governance);
        vault.setFee(2000);
        _deposit(alice, 500e6);
        _deposit(bob, 500e6);
        _rebalance3(0, 0, 500e6); // idle 500, ts 500
        ts.setBroken(true);
        vm.prank(bob);
        vault.withdraw(125e6, bob, bob); // half of bob's depressed 250
        ts.setBroken(false);
        vault.accrueFee();
        assertEq(vault.balanceOf(feeTo), 0, "no fee without yield");
        // bob's exit left 125 (half of his share of the unvalued 500... 250, at half price) for the 750 shares left
        assertApproxEqAbs(vault.highWaterMark(), 1e18 + uint256(125e6) * 1e18 / 750e6, 1e9, "the mark moved by that");
    }

    /// While every source is valued an exit below the mark (after a real loss) leaves nothing behind: the mark stays.
    function test_fee_exitBelowTheMarkWhileValuedKeepsTheMark() public {
        _deposit(alice, 500e6);
        _deposit(bob, 500e6);
        _rebalance3(0, 0, 500e6);
        ts.lose(100e6);
        uint256 hwm = vault.highWaterMark();
        uint256 bobShares = vault.balanceOf(bob);
        vm.prank(bob);
        vault.redeem(bobShares, bob, bob);
        assertEq(vault.highWaterMark(), hwm, "mark unchanged");
    }

    // ================================================================ fuzz

    /// For any deposit, gain and fee: the recipient gets at most fee × gain (and at least that minus rounding),
    /// holders keep the rest, and nobody is charged on principal.
    function testFuzz_fee(uint256 amount, uint256 gain, uint256 feeBps) public {
        amount = bound(amount, 1e6, 1e15);
        gain = bound(gain, 0, amount);
        feeBps = bound(feeBps, 0, 2000);
        vm.prank(governance);
        vault.setFee(feeBps);
        uint256 shares = _deposit(alice, amount);
        usdc.mint(address(vault), gain);
        vault.accrueFee();
        uint256 feeValue = vault.convertToAssets(vault.balanceOf(feeTo));
        uint256 expected = (gain * feeBps) / BPS;
        assertLe(feeValue, expected, "fee <= feeBps of the gain");
        assertGe(feeValue + 2, expected, "fee = feeBps of the gain (rounding)");
        assertGe(vault.previewRedeem(shares) + 2, amount + gain - expected, "holders keep the rest");
        assertGe(vault.highWaterMark(), 1e18, "mark never below the start");
    }

    function _rebalance3(uint256 a, uint256 b, uint256 c) internal {
        uint256[] memory t = new uint256[](3);
        t[0] = a;
        t[1] = b;
        t[2] = c;
        _rebalance(t);
    }
}
