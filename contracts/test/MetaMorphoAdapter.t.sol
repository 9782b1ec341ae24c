// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {IIrm} from "@morpho-org/morpho-blue/src/interfaces/IIrm.sol";
import {MarketParamsLib} from "@morpho-org/morpho-blue/src/libraries/MarketParamsLib.sol";
import {SharesMathLib} from "@morpho-org/morpho-blue/src/libraries/SharesMathLib.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";
import {MorphoLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoLib.sol";

import {AdapterTestBase} from "./utils/AdapterTestBase.sol";
import {MorphoSetup} from "./utils/MorphoSetup.sol";
import {TestBase} from "./utils/TestBase.sol";
import {MiniMetaMorpho} from "./utils/MiniMetaMorpho.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {KinkedIrm} from "../src/mocks/KinkedIrm.sol";
import {ERC4626Adapter} from "../src/adapters/ERC4626Adapter.sol";
import {MetaMorphoAdapter} from "../src/adapters/MetaMorphoAdapter.sol";
import {checkPosition} from "./utils/PositionCheck.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice MetaMorphoAdapter over MiniMetaMorpho (test/utils: a vault that allocates over real Morpho Blue markets as
/// MetaMorpho does) on three real Morpho Blue 1.0.0 markets of the same loan token (LLTVs 80%, 70%, 60%) whose IRM
/// is KinkedIrm (base 0, +4% APR up to 90% utilisation, +300% above). The test contract is the adapter's vault.
contract MetaMorphoAdapterTest is AdapterTestBase, MorphoSetup {
    using MarketParamsLib for MarketParams;
    using SharesMathLib for uint256;
    using MorphoLib for IMorpho;
    using MorphoBalancesLib for IMorpho;

    uint256 internal constant UNIT = 1e6; // one USDC
    uint256 internal constant WAD = 1e18;

    MiniMetaMorpho internal mm;
    MetaMorphoAdapter internal adapter;
    MarketParams[3] internal markets;

    function _deployIrm() internal override returns (IIrm) {
        return new KinkedIrm(0, 0.04e18, 3e18, 0.9e18);
    }

    function setUp() public override {
        super.setUp();
        _setUpMorpho(address(usdc));
        markets[0] = params;
        uint256[2] memory lltvs = [uint256(0.7e18), 0.6e18];
        for (uint256 i; i < 2; ++i) {
            MarketParams memory p = params;
            p.lltv = lltvs[i];
            vm.prank(morphoOwner);
            morpho.enableLltv(p.lltv);
            morpho.createMarket(p);
            markets[i + 1] = p;
        }
        mm = new MiniMetaMorpho(morpho, usdc);
        adapter = new MetaMorphoAdapter(address(this), address(mm));
    }

    // --- set-up helpers ---

    function _deposit(ERC4626Adapter a, uint256 amount) internal {
        usdc.mint(address(this), amount);
        usdc.transfer(address(a), amount);
        a.deposit(amount);
    }

    function _ids(uint256 order) internal view returns (Id[] memory ids) {
        // one of the six orders of the three markets
        uint256[3][6] memory perms = [
            [uint256(0), 1, 2],
            [uint256(0), 2, 1],
            [uint256(1), 0, 2],
            [uint256(1), 2, 0],
            [uint256(2), 0, 1],
            [uint256(2), 1, 0]
        ];
        uint256[3] memory perm = perms[order % 6];
        ids = new Id[](3);
        for (uint256 i; i < 3; ++i) {
            ids[i] = markets[perm[i]].id();
        }
    }

    /// @dev A fuzzed vault: caps (0-20M each, a zero cap leaves the market out of the supply queue's fills), supply
    /// and withdraw queue orders, market fees 0-25% and a vault fee 0-50%; the adapter deposits `own`, others
    /// supply 0-10M to each market, which is then borrowed to 0-100% utilisation, and `elapsed` (up to 30 days)
    /// passes without an interaction.
    function _vault(uint256 seed, uint256 own, uint256 elapsed) internal {
        for (uint256 i; i < 3; ++i) {
            uint256 s = uint256(keccak256(abi.encode(seed, i)));
            // forge-lint: disable-next-line(unsafe-typecast)
            mm.setCap(markets[i], uint184(bound(s % 2 ** 64, 0, 20e6 * UNIT)));
            uint256 fee = bound((s >> 64) % 2 ** 64, 0, 0.25e18);
            if (fee != 0) {
                vm.prank(morphoOwner);
                morpho.setFee(markets[i], fee);
            }
            _morphoSupplyTo(markets[i], bound((s >> 128) % 2 ** 64, 0, 10e6 * UNIT));
        }
        Id[] memory sq = _ids(seed);
        uint256 n;
        for (uint256 i; i < 3; ++i) {
            (uint184 cap,,) = mm.config(sq[i]);
            if (cap != 0) sq[n++] = sq[i];
        }
        assembly {
            mstore(sq, n)
        }
        mm.setSupplyQueue(sq);
        if (mm.withdrawQueueLength() == 3) mm.setWithdrawQueue(_ids(seed >> 8));
        // forge-lint: disable-next-line(unsafe-typecast)
        mm.setFee(uint96(bound(seed >> 16, 0, 0.5e18)), address(0xFEE));
        uint256 room = adapter.maxDeposit();
        if (room >= 2) _deposit(adapter, bound(own, 2, Math.min(room, 20e6 * UNIT)));
        for (uint256 i; i < 3; ++i) {
            uint256 s = uint256(keccak256(abi.encode(seed, i, "util")));
            Market memory m = morpho.market(markets[i].id());
            _morphoBorrowFrom(markets[i], m.totalSupplyAssets * bound(s, 0, WAD) / WAD);
        }
        vm.warp(block.timestamp + bound(elapsed, 0, 30 days));
    }

    /// @dev The vault's rate read from the markets as they are (each accrued first), independently of the adapter:
    /// Σ the vault's supply × the market's supply rate (its IRM's borrowRateView × 365 days × 1e9 × borrow / supply
    /// × (1 − market fee)) / Σ the vault's supply × (1 − the vault's fee).
    function _vaultRate() internal returns (uint256) {
        uint256 weighted;
        uint256 supplied;
        for (uint256 i; i < mm.withdrawQueueLength(); ++i) {
            MarketParams memory p = morpho.idToMarketParams(mm.withdrawQueue(i));
            morpho.accrueInterest(p);
            Market memory m = morpho.market(p.id());
            uint256 assets =
                morpho.supplyShares(p.id(), address(mm)).toAssetsDown(m.totalSupplyAssets, m.totalSupplyShares);
            uint256 rate;
            if (m.totalBorrowAssets != 0) {
                uint256 borrowApr = irm.borrowRateView(p, m) * 365 days * 1e9;
                rate = Math.mulDiv(Math.mulDiv(borrowApr, m.totalBorrowAssets, m.totalSupplyAssets), WAD - m.fee, WAD);
            }
            weighted += assets * rate;
            supplied += assets;
        }
        if (supplied == 0) return 0;
        return Math.mulDiv(weighted / supplied, WAD - mm.fee(), WAD);
    }

    // --- tests ---

    function test_views() public view {
        assertEq(adapter.asset(), address(usdc), "asset");
        assertEq(address(adapter.TARGET()), address(mm), "target");
        assertEq(address(adapter.MORPHO()), address(morpho), "the target's Morpho");
        assertEq(adapter.supplyRate(), 0, "empty vault");
        assertEq(adapter.supplyRateAfter(1000 * UNIT, 0), 0, "no supply queue: nothing supplied");
    }

    /// The quote of a deposit equals the vault's rate read from its markets after the deposit, to the wei, for
    /// any caps, queue orders, fees, market sizes and utilisations.
    function testFuzz_quoteDeposit(uint256 seed, uint256 own, uint256 elapsed, uint256 amount) public {
        _vault(seed, own, elapsed);
        uint256 room = adapter.maxDeposit();
        if (room == 0) return;
        amount = bound(amount, 1, Math.min(room, 20e6 * UNIT));
        uint256 quote = adapter.supplyRateAfter(amount, 0);
        _deposit(adapter, amount);
        assertEq(quote, _vaultRate(), "quote = the vault's rate after the deposit");
        assertEq(adapter.supplyRate(), quote, "the adapter's current rate agrees");
    }

    /// The quote of a withdrawal (partial or the whole position) equals the vault's rate after it, to the wei.
    function testFuzz_quoteWithdraw(uint256 seed, uint256 own, uint256 elapsed, uint256 amount, bool all) public {
        _vault(seed, own, elapsed);
        uint256 max = adapter.maxWithdraw();
        checkPosition(ISource(address(adapter)));
        if (max == 0) return;
        amount = all && max == adapter.totalAssets() ? type(uint256).max : bound(amount, 1, max);
        uint256 quote = adapter.supplyRateAfter(0, amount);
        adapter.withdraw(amount, stranger);
        assertEq(quote, _vaultRate(), "quote = the vault's rate after the withdrawal");
        assertEq(adapter.supplyRate(), quote, "the adapter's current rate agrees");
    }

    /// A deposit fills the supply queue in order up to each cap: the quote follows the order, not the markets'
    /// rates (the first market in the queue takes the flow even though it pays less).
    function test_quoteFollowsQueueAndCaps() public {
        mm.setCap(markets[0], uint184(1e6 * UNIT));
        mm.setCap(markets[1], uint184(10e6 * UNIT));
        Id[] memory sq = new Id[](2);
        (sq[0], sq[1]) = (markets[0].id(), markets[1].id());
        mm.setSupplyQueue(sq);
        _deposit(adapter, 1e6 * UNIT); // fills market 0's cap exactly
        _morphoSupplyTo(markets[1], 3e6 * UNIT);
        _morphoBorrowFrom(markets[0], 0.5e6 * UNIT);
        _morphoBorrowFrom(markets[1], 2.9e6 * UNIT);
        uint256 rate0 = adapter.supplyRate();
        // market 0 is full: 1M more goes to market 1, whose rate falls from the kink
        uint256 quote = adapter.supplyRateAfter(1e6 * UNIT, 0);
        _deposit(adapter, 1e6 * UNIT);
        assertEq(quote, _vaultRate(), "spilled to the next market");
        assertApproxEqAbs(morpho.expectedSupplyAssets(markets[0], address(mm)), 1e6 * UNIT, 1, "market 0 at its cap");
        assertGt(quote, rate0, "the second market pays more, even after the deposit");
    }

    /// The issue's example: a vault over a market near its kink, 1M deposited. The quote is within 1% of the rate
    /// the vault pays after the deposit (it is exact); the share-price adapter, which cannot see the vault's own
    /// flows, quotes the rate before the move, far above.
    function test_oneMillionDeposit() public {
        ERC4626Adapter plain = new ERC4626Adapter(address(this), address(mm));
        mm.setCap(markets[0], uint184(100e6 * UNIT));
        mm.setCap(markets[1], uint184(100e6 * UNIT));
        Id[] memory sq = new Id[](2);
        (sq[0], sq[1]) = (markets[0].id(), markets[1].id());
        mm.setSupplyQueue(sq);
        _deposit(adapter, 1e6 * UNIT);
        _deposit(plain, 1e6 * UNIT);
        _morphoSupplyTo(markets[0], 1e6 * UNIT);
        _morphoBorrowFrom(markets[0], 2.85e6 * UNIT); // 95% utilisation: past the kink
        // the share-price adapter measures the rate over eight hourly checkpoints
        for (uint256 i; i < 8; ++i) {
            vm.warp(block.timestamp + 1 hours);
            plain.poke();
        }
        uint256 before = adapter.supplyRate();
        uint256 quote = adapter.supplyRateAfter(1e6 * UNIT, 0);
        uint256 measured = plain.supplyRateAfter(1e6 * UNIT, 0);
        _deposit(adapter, 1e6 * UNIT);
        uint256 actual = _vaultRate();
        _assertApproxEqRel(quote, actual, 0.01e18, "quote within 1% of the rate after the move");
        assertEq(quote, actual, "exact");
        assertLt(actual * 2, before, "1M more than halves the rate");
        _assertApproxEqRel(measured, before, 0.05e18, "the share-price quote is the rate before the move");
        assertGt(measured, actual * 2, "and more than twice the rate after it");
    }

    /// The quoted rate is what the vault earns: its total assets grow at it over a day (simple interest, within the
    /// compounding of the borrow side).
    function test_rateIsRealisedYield() public {
        mm.setCap(markets[0], uint184(1e6 * UNIT));
        mm.setCap(markets[2], uint184(10e6 * UNIT));
        Id[] memory sq = new Id[](2);
        (sq[0], sq[1]) = (markets[0].id(), markets[2].id());
        mm.setSupplyQueue(sq);
        _deposit(adapter, 3e6 * UNIT);
        _morphoBorrowFrom(markets[0], 0.8e6 * UNIT);
        _morphoBorrowFrom(markets[2], 1.7e6 * UNIT); // below the kink: compounding over a day stays far below 0.1%
        uint256 rate = adapter.supplyRate();
        uint256 before = mm.totalAssets();
        vm.warp(block.timestamp + 1 days);
        uint256 earned = mm.totalAssets() - before;
        _assertApproxEqRel(earned, before * rate / 1e27 / 365, 1e15, "a day's interest at the quoted rate (0.1%)");
    }

    /// @dev The vault on market 0 alone (cap 10M): the adapter deposits 1M, half of it is borrowed.
    function _oneMarketHalfBorrowed() internal {
        mm.setCap(markets[0], uint184(10e6 * UNIT));
        Id[] memory sq = new Id[](1);
        sq[0] = markets[0].id();
        mm.setSupplyQueue(sq);
        _deposit(adapter, 1e6 * UNIT);
        _morphoBorrowFrom(markets[0], 0.5e6 * UNIT);
    }

    /// The vault's performance fee comes off the quote: with a 20% fee, 80% of the fee-less quote.
    function test_feeComesOff() public {
        _oneMarketHalfBorrowed();
        uint256 gross = adapter.supplyRateAfter(0.5e6 * UNIT, 0);
        mm.setFee(0.2e18, address(0xFEE));
        assertEq(adapter.supplyRateAfter(0.5e6 * UNIT, 0), gross * 0.8e18 / WAD, "net of the fee");
    }

    /// The measured rate (ERC4626Adapter's share-price median) stays readable beside the computed one.
    function test_measuredRate() public {
        _oneMarketHalfBorrowed();
        assertEq(adapter.measuredRate(), 0, "one checkpoint: nothing measured");
        for (uint256 i; i < 3; ++i) {
            vm.warp(block.timestamp + 1 hours);
            adapter.poke();
        }
        _assertApproxEqRel(adapter.measuredRate(), adapter.supplyRate(), 0.01e18, "the measured rate agrees at rest");
    }
}
