// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {SharesMathLib} from "@morpho-org/morpho-blue/src/libraries/SharesMathLib.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {MorphoSetup} from "./utils/MorphoSetup.sol";
import {TestBase} from "./utils/TestBase.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {MorphoBlueAdapter} from "../src/adapters/MorphoBlueAdapter.sol";
import {KinkedIrm} from "../src/mocks/KinkedIrm.sol";
import {IIrm} from "@morpho-org/morpho-blue/src/interfaces/IIrm.sol";
import {AdapterErrorsLib} from "../src/libraries/AdapterErrorsLib.sol";
import {AdapterEventsLib} from "../src/libraries/AdapterEventsLib.sol";
import {checkPosition} from "./utils/PositionCheck.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice MorphoBlueAdapter against a real Morpho Blue (npm @morpho-org/morpho-blue 1.0.0, solc 0.8.19 at Morpho's
/// settings) with the package's IrmMock and OracleMock; the test contract is the adapter's vault.
contract MorphoBlueAdapterTest is AdapterTestBase, MorphoSetup {
    using SharesMathLib for uint256;
    using MorphoBalancesLib for IMorpho;

    /// Morpho's revert of a withdrawal that leaves less supply than borrow.
    bytes internal constant INSUFFICIENT_LIQUIDITY = abi.encodeWithSignature("Error(string)", "insufficient liquidity");

    MorphoBlueAdapter internal adapter;
    address internal gov = address(0x6070);

    /// @dev The test contract is the adapter's vault: this is the vault's governance read by `sweep`.
    function governance() external view returns (address) {
        return gov;
    }

    function setUp() public override {
        super.setUp();
        _setUpMorpho(address(usdc));
        adapter = new MorphoBlueAdapter(address(this), address(morpho), params);
    }

    function _deposit(uint256 amount) internal {
        usdc.mint(address(this), amount);
        usdc.transfer(address(adapter), amount);
        adapter.deposit(amount);
    }

    /// @dev A market of `other` (another supplier) and `own` (the adapter) supplied, fee `fee`, borrowed to
    /// utilisation `util` (WAD), then `elapsed` seconds without an interaction, so interest is pending. Bounds the
    /// inputs: supplies up to 1e9 tokens each, utilisation 0-100%, fee 0-25% (Morpho's maximum), up to a year.
    function _market(uint256 other, uint256 own, uint256 util, uint256 fee, uint256 elapsed) internal {
        other = bound(other, 0, 1e15);
        own = bound(own, 1, 1e15);
        util = bound(util, 0, 1e18);
        _morphoSetFee(bound(fee, 0, 0.25e18));
        if (other != 0) _morphoSupply(other);
        _deposit(own);
        _morphoBorrow((other + own) * util / 1e18);
        vm.warp(block.timestamp + bound(elapsed, 0, 365 days));
    }

    function test_views() public view {
        assertEq(adapter.asset(), address(usdc), "asset = loan token");
        assertEq(adapter.vault(), address(this), "vault");
        assertEq(address(adapter.MORPHO()), address(morpho), "morpho");
        assertEq(Id.unwrap(adapter.MARKET_ID()), Id.unwrap(marketId), "market id");
        MarketParams memory p = adapter.marketParams();
        assertEq(p.loanToken, params.loanToken, "loan token");
        assertEq(p.collateralToken, params.collateralToken, "collateral token");
        assertEq(p.oracle, params.oracle, "oracle");
        assertEq(p.irm, params.irm, "irm");
        assertEq(p.lltv, params.lltv, "lltv");
        assertEq(adapter.totalAssets(), 0, "empty");
        assertEq(adapter.maxWithdraw(), 0, "nothing to withdraw");
        checkPosition(ISource(address(adapter)));
        assertEq(adapter.supplyRate(), 0, "no borrows");
        assertEq(usdc.allowance(address(adapter), address(morpho)), type(uint256).max, "standing allowance");
    }

    function test_constructor_reverts() public {
        MarketParams memory p = params;
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new MorphoBlueAdapter(address(this), address(0), p);
        vm.expectRevert(AdapterErrorsLib.ZeroAddress.selector);
        new MorphoBlueAdapter(address(0), address(morpho), p);
        p.lltv = 0.5e18; // no such market
        Id missing = Id.wrap(keccak256(abi.encode(p)));
        vm.expectRevert(abi.encodeWithSelector(MorphoBlueAdapter.MarketNotCreated.selector, missing));
        new MorphoBlueAdapter(address(this), address(morpho), p);
    }

    function test_onlyVault() public {
        vm.startPrank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotVault.selector);
        adapter.deposit(1);
        vm.expectRevert(AdapterErrorsLib.NotVault.selector);
        adapter.withdraw(1, stranger);
        vm.stopPrank();
    }

    function test_depositWithdraw() public {
        usdc.mint(address(this), 1000e6);
        usdc.transfer(address(adapter), 1000e6);
        vmx.expectEmit(true, false, false, true, address(adapter));
        emit AdapterEventsLib.SourceDeposit(address(this), 1000e6);
        adapter.deposit(1000e6);
        assertEq(morpho.position(marketId, address(adapter)).supplyShares, 1000e6 * 1e6, "virtual shares: 1e6 a unit");
        assertEq(adapter.totalAssets(), 1000e6, "total assets");
        assertEq(usdc.balanceOf(address(adapter)), 0, "all supplied");

        _morphoSupply(1000e6);
        _morphoBorrow(1500e6); // 75% utilisation: borrow APR 75%
        vm.warp(block.timestamp + 30 days);
        uint256 expected = morpho.expectedSupplyAssets(params, address(adapter));
        assertEq(adapter.totalAssets(), expected, "expected supply assets");
        assertGt(expected, 1000e6, "interest credited");
        assertEq(adapter.maxWithdraw(), 500e6, "free liquidity: supply - borrow (interest adds to both)");
        checkPosition(ISource(address(adapter)));

        address receiver = address(0xA11CE);
        assertEq(adapter.withdraw(300e6, receiver), 300e6, "partial");
        assertEq(usdc.balanceOf(receiver), 300e6, "receiver");
        _morphoRepayAll();
        uint256 rest = adapter.totalAssets();
        assertEq(adapter.withdraw(type(uint256).max, address(this)), rest, "withdraw all burns every share");
        assertEq(morpho.position(marketId, address(adapter)).supplyShares, 0, "no dust shares");
        assertEq(adapter.totalAssets(), 0, "empty");
        assertEq(adapter.withdraw(1, address(this)), 0, "nothing left: withdraws nothing");
    }

    /// (d) totalAssets, between interactions, is what Morpho books for the adapter's shares once it accrues.
    function testFuzz_totalAssetsIsExpectedSupplyAssets(
        uint256 other,
        uint256 own,
        uint256 util,
        uint256 fee,
        uint256 elapsed
    ) public {
        _market(other, own, util, fee, elapsed);
        uint256 quoted = adapter.totalAssets();
        assertEq(quoted, morpho.expectedSupplyAssets(params, address(adapter)), "MorphoBalancesLib");
        morpho.accrueInterest(params);
        Market memory m = morpho.market(marketId);
        uint256 booked = morpho.position(marketId, address(adapter)).supplyShares
            .toAssetsDown(m.totalSupplyAssets, m.totalSupplyShares);
        assertEq(quoted, booked, "what Morpho books after accruing");
    }

    /// (a) The quote of a deposit equals the rate the market shows after it, to the wei.
    function testFuzz_quoteDeposit(
        uint256 other,
        uint256 own,
        uint256 util,
        uint256 fee,
        uint256 elapsed,
        uint256 amount
    ) public {
        _market(other, own, util, fee, elapsed);
        amount = bound(amount, 1, 1e15);
        uint256 quote = adapter.supplyRateAfter(amount, 0);
        _deposit(amount);
        assertEq(quote, _marketSupplyRate(), "quote = market's rate after the deposit");
        assertEq(adapter.supplyRate(), quote, "the adapter's current rate agrees");
    }

    /// (a) The quote of a withdrawal (partial, or of the whole position) equals the rate the market shows after it.
    function testFuzz_quoteWithdraw(
        uint256 other,
        uint256 own,
        uint256 util,
        uint256 fee,
        uint256 elapsed,
        uint256 amount,
        bool all
    ) public {
        _market(other, own, util, fee, elapsed);
        uint256 max = adapter.maxWithdraw();
        checkPosition(ISource(address(adapter)));
        if (max == 0) return; // fully utilised: nothing can leave (testFuzz_maxWithdrawExact)
        amount = all && max == adapter.totalAssets() ? type(uint256).max : bound(amount, 1, max);
        uint256 quote = adapter.supplyRateAfter(0, amount);
        adapter.withdraw(amount, stranger);
        assertEq(quote, _marketSupplyRate(), "quote = market's rate after the withdrawal");
        assertEq(adapter.supplyRate(), quote, "the adapter's current rate agrees");
    }

    /// (a) The quotes move the right way: more supply, lower rate; less supply, higher rate.
    function test_quoteMonotone() public {
        _market(1000e6, 1000e6, 0.5e18, 0.1e18, 1 days);
        uint256 rate = adapter.supplyRate();
        assertGt(rate, 0, "borrowed market pays");
        assertLt(adapter.supplyRateAfter(500e6, 0), rate, "a deposit lowers the rate");
        assertGt(adapter.supplyRateAfter(0, 500e6), rate, "a withdrawal raises it");
        assertEq(adapter.supplyRateAfter(0, 0), rate, "no move: the current rate");
    }

    /// The quoted rate is what a supplier earns: the adapter's assets grow at it (simple interest over a day, within
    /// the compounding of the borrow side).
    function test_rateIsRealisedYield() public {
        _market(1000e6, 1000e6, 0.5e18, 0.1e18, 0);
        uint256 rate = adapter.supplyRate();
        // the borrow APR at 50% utilisation, × 50% utilisation × (1 − 10% fee)
        _assertApproxEqRel(rate, _borrowAprAt(0.5e18) * 1e9 / 2 * 9 / 10, 1e12, "borrow APR x U x (1 - fee)");
        uint256 before = adapter.totalAssets();
        vm.warp(block.timestamp + 1 days);
        uint256 earned = adapter.totalAssets() - before;
        uint256 predicted = before * rate / 1e27 / 365;
        _assertApproxEqRel(earned, predicted, 1e15, "a day's interest at the quoted rate (within 0.1%)");
    }

    /// @dev The IRM's borrow APR (WAD) at utilisation `u` (WAD): IrmMock's is `u`.
    function _borrowAprAt(uint256 u) internal pure virtual returns (uint256) {
        return u;
    }

    /// (b) maxWithdraw is exact: it can be withdrawn; one unit more reverts when the market's free liquidity bounds
    /// it (when the position does, one unit more withdraws the whole position, as every amount above it does).
    function testFuzz_maxWithdrawExact(uint256 other, uint256 own, uint256 util, uint256 fee, uint256 elapsed) public {
        _market(other, own, util, fee, elapsed);
        uint256 max = adapter.maxWithdraw();
        checkPosition(ISource(address(adapter)));
        uint256 position = adapter.totalAssets();
        (uint256 supplyAssets,, uint256 borrowAssets,) = morpho.expectedMarketBalances(params);
        assertEq(max, position < supplyAssets - borrowAssets ? position : supplyAssets - borrowAssets, "min");
        if (max < position) {
            vm.expectRevert(INSUFFICIENT_LIQUIDITY);
            adapter.withdraw(max + 1, stranger);
            if (max == 0) return;
            assertEq(adapter.withdraw(max, stranger), max, "max withdrawn");
            Market memory m = morpho.market(marketId);
            assertEq(m.totalSupplyAssets, m.totalBorrowAssets, "no free liquidity left");
        } else {
            assertEq(adapter.withdraw(max + 1, stranger), max, "the whole position, no more");
            assertEq(morpho.position(marketId, address(adapter)).supplyShares, 0, "every share");
        }
        assertEq(usdc.balanceOf(stranger), max, "received");
    }

    /// (c) maxDeposit is exact: it can be deposited, one unit more reverts (Morpho's uint128 market totals).
    function testFuzz_maxDepositExact(uint256 other, uint256 own, uint256 util, uint256 fee, uint256 elapsed) public {
        _market(other, own, util, fee, elapsed);
        uint256 max = adapter.maxDeposit();
        assertGt(max, 1e30, "far beyond any real supply");
        usdc.mint(address(adapter), max + 1);
        vm.expectRevert();
        adapter.deposit(max + 1);
        adapter.deposit(max);
        assertLe(adapter.maxDeposit(), 0, "full");
    }

    /// maxDeposit on an empty market: the share total (1e6 virtual shares per unit) binds first.
    function test_maxDepositEmptyMarket() public view {
        uint256 max = adapter.maxDeposit();
        assertEq(max.toSharesDown(0, 0), type(uint128).max - ((type(uint128).max) % 1e6), "shares just fit");
        assertGt((max + 1).toSharesDown(0, 0), type(uint128).max, "one more unit does not");
    }

    /// L-1: a partial and a full withdrawal (interest pending, every account cold) stay within the gas budget.
    function test_withdrawGas() public {
        _market(1000e6, 1000e6, 0.5e18, 0.1e18, 1 days);
        address[] memory touched = new address[](2);
        touched[0] = address(morpho);
        touched[1] = address(irm);
        _withdrawGas(adapter, 100e6, stranger, touched);
        vm.warp(block.timestamp + 1 days);
        _withdrawGas(adapter, 300e6, stranger, touched);
    }

    function test_sweep() public {
        MockStablecoin reward = new MockStablecoin("Reward", "RWD");
        reward.mint(address(adapter), 5e6);
        vm.prank(stranger);
        vm.expectRevert(AdapterErrorsLib.NotGovernance.selector);
        adapter.sweep(address(reward), stranger);
        vm.startPrank(gov);
        vm.expectRevert(abi.encodeWithSelector(AdapterErrorsLib.ProtectedToken.selector, address(usdc)));
        adapter.sweep(address(usdc), gov);
        assertEq(adapter.sweep(address(reward), gov), 5e6, "swept");
        vm.stopPrank();
        assertEq(reward.balanceOf(gov), 5e6, "received");
    }
}

/// @notice Every MorphoBlueAdapterTest again on a market whose IRM is nonlinear: KinkedIrm (base 0, +4% APR up to
/// the kink at 90% utilisation, +300% from there to 100%), so the fuzzed quotes cross the kink.
contract MorphoBlueAdapterKinkedTest is MorphoBlueAdapterTest {
    uint256 internal constant SLOPE1 = 0.04e18;
    uint256 internal constant SLOPE2 = 3e18;
    uint256 internal constant KINK = 0.9e18;

    function _deployIrm() internal override returns (IIrm) {
        return new KinkedIrm(0, SLOPE1, SLOPE2, KINK);
    }

    function _borrowAprAt(uint256 u) internal pure override returns (uint256) {
        return u <= KINK ? SLOPE1 * u / KINK : SLOPE1 + SLOPE2 * (u - KINK) / (1e18 - KINK);
    }
}
