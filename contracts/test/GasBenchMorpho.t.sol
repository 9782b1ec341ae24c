// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {GasVm} from "./GasBench.t.sol";
import {MorphoSetup} from "./utils/MorphoSetup.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {Vault} from "../src/Vault.sol";
import {MorphoBlueAdapter} from "../src/adapters/MorphoBlueAdapter.sol";
import {ISource} from "../src/interfaces/ISource.sol";
import {DecisionReceipt} from "../src/libraries/VaultTypes.sol";

/// @notice Issue 15's side-by-side scenario on what MetaMorpho itself allocates to: the vault over three markets of
/// the real Morpho Blue (1.0.0 from its npm package, see MorphoSetup) through `MorphoBlueAdapter`s. Each
/// place holds a third of 1,000,000, nothing is idle, each market has another lender and a borrower at 50%
/// utilisation (the package's IrmMock: borrow APR = utilisation), and a day of interest has accrued. One measured
/// call per test, recorded with `snapshotGasLastCall` into snapshots/GasBenchMorpho.json (README "Gas" table).
contract GasBenchMorpho is MorphoSetup {
    GasVm internal constant gasVm = GasVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant TOTAL = 1_000_000e6;
    uint256 internal constant N = 3;
    uint256 internal constant BPS = 10_000;

    address internal governance = address(0x60B);
    address internal guardian = address(0x6A2D);
    address internal keeper = address(0xBEEF);
    address internal bob = address(0xB0B);

    MockStablecoin internal usdc;
    Vault internal vault;
    MarketParams[] internal markets;
    MorphoBlueAdapter[] internal adapters;
    /// @dev What each source holds when a test starts, and the vault's total assets.
    uint256[] internal held;
    uint256 internal totalAtStart;

    function setUp() public {
        vm.warp(1_700_000_000);
        usdc = new MockStablecoin("USD Coin", "USDC");
        _setUpMorpho(address(usdc));
        vault = new Vault(address(usdc), "Vaultkeeper USDC", "vkUSDC", governance, guardian, keeper, 0);
        // Three markets of the one Morpho, told apart by their LLTV (each enabled by Morpho's owner).
        uint256[N] memory lltvs = [MORPHO_LLTV, 0.77e18, 0.86e18];
        vm.startPrank(governance);
        for (uint256 i; i < N; ++i) {
            MarketParams memory p = params;
            p.lltv = lltvs[i];
            if (i > 0) {
                vm.stopPrank();
                vm.prank(morphoOwner);
                morpho.enableLltv(p.lltv);
                morpho.createMarket(p);
                vm.startPrank(governance);
            }
            markets.push(p);
            adapters.push(new MorphoBlueAdapter(address(vault), address(morpho), p));
            vault.addSource(address(adapters[i]), type(uint128).max, BPS);
        }
        vault.setCooldown(0);
        vm.stopPrank();

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

        // Another lender brings each market to 2 × the vault's third; a borrower takes half of it.
        for (uint256 i; i < N; ++i) {
            _morphoSupplyTo(markets[i], TOTAL / N);
            _morphoBorrowFrom(markets[i], TOTAL / N);
        }
        vm.warp(block.timestamp + 1 days);
        vm.roll(block.number + 7200);
        for (uint256 i; i < N; ++i) {
            held.push(adapters[i].totalAssets());
            assertGt(held[i], t[i], "a day of interest");
        }
        totalAtStart = vault.totalAssets();
        assertEq(vault.idle(), 0, "no idle");
    }

    function _receipt() internal view returns (DecisionReceipt memory r) {
        r = DecisionReceipt({
            configHash: keccak256("config"),
            modelId: keccak256("meanvar-v1"),
            inputBlock: block.number,
            predictedApyBps: 420,
            expectedGain: 1e6
        });
    }

    /// 10% of total assets out of the first market, 5% into each of the others (MetaMorpho's `reallocate` of the
    /// same move: 226,850 gas in the audit).
    function test_rebalance_3_morpho_10pct() public {
        uint256 tenth = totalAtStart / 10;
        uint256[] memory t = new uint256[](N);
        t[0] = held[0] - tenth;
        t[1] = held[1] + tenth / 2;
        t[2] = held[2] + tenth / 2;
        DecisionReceipt memory r = _receipt();
        vm.prank(keeper);
        vault.rebalance(t, r);
        gasVm.snapshotGasLastCall("GasBenchMorpho", "rebalance_3_morpho_10pct");
        for (uint256 i; i < N; ++i) {
            assertApproxEqAbs(adapters[i].totalAssets(), t[i], vault.ROUNDING_TOLERANCE_PER_SOURCE(), "market at target");
        }
    }

    /// A withdrawal that empties the first two markets and pulls half of the third (MetaMorpho: 329,111 in the
    /// audit).
    function test_withdraw_3_morpho() public {
        for (uint256 i; i < N; ++i) {
            gasVm.expectCall(address(adapters[i]), abi.encodeWithSelector(ISource.withdraw.selector), 1);
        }
        uint256 assets = held[0] + held[1] + held[2] / 2;
        vm.prank(bob);
        vault.withdraw(assets, bob, bob);
        gasVm.snapshotGasLastCall("GasBenchMorpho", "withdraw_3_morpho");
        assertEq(usdc.balanceOf(bob), assets, "bob paid");
    }
}
