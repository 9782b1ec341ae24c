// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

import {PortFixture} from "./utils/PortFixture.sol";
import {AaveV3Setup} from "./utils/AaveV3Setup.sol";
import {TestBase} from "./utils/TestBase.sol";
import {GasVm, ThreePlacesBench} from "./utils/ThreePlacesBench.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {Vault} from "../src/Vault.sol";
import {ERC4626Adapter} from "../src/adapters/ERC4626Adapter.sol";
import {LendingPool} from "../src/mocks/LendingPool.sol";
import {AaveRateAbi} from "../src/interfaces/IAaveV3RateStrategy.sol";
import {AaveV3Adapter} from "../src/adapters/AaveV3Adapter.sol";
import {ISource} from "../src/interfaces/ISource.sol";
import {DecisionReceipt} from "../src/libraries/VaultTypes.sol";


/// @notice Per-operation gas of the vault, recorded with `snapshotGasLastCall` into snapshots/<contract>.json
/// (README "Gas" table; `make gas` regenerates, `make test-contracts` fails when they are stale).
/// @dev Every test makes exactly ONE measured call on the state left by setUp(): setUp runs as its own
/// transaction, so the measured call meets cold accounts and slots and unmodified original values, like a
/// real user transaction. Nothing may touch the vault, the token, the adapters or the pools before the
/// measured call in a test (values it needs are precomputed in setUp). The figure is the call frame's
/// execution gas: without the 21,000 base and calldata cost of a transaction, before refunds.
///
/// State after setUp: N sources (each a LendingPool, in GasBenchAave* a real Aave v3 Pool, with an AaveV3Adapter;
/// withdraw queue in source order), each pool with third-party liquidity and a borrower (so every touch accrues
/// interest); bob holds all shares
/// (1,000,000 assets deposited), 80% spread evenly over the sources, 20% idle (min idle is 10%); then one
/// day passes. alice is funded and approved but holds no shares.
/// The base builds on PortFixture (two port pools) because the README table's "port" columns (GasBench3Sources,
/// GasBench10Sources) measure the vault over the port, beside the GasBenchAave* columns over real Aave v3, whose
/// vault has real markets only.
abstract contract GasBenchBase is PortFixture {
    GasVm internal constant gasVm = GasVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant TOTAL = 1_000_000e6;
    uint256 internal constant AMOUNT = 10_000e6;
    address internal constant LP = address(0x5001);

    LendingPool[] internal pools;
    AaveV3Adapter[] internal adapters;
    /// @dev What each source and idle hold when a test starts (setUp ends at the tests' timestamp).
    uint256[] internal held;
    uint256 internal idleAtStart;

    /// @dev Number of sources of the benchmarked vault (≥ 3).
    function _sourceCount() internal pure virtual returns (uint256);

    /// @dev Snapshot group, i.e. the file snapshots/<group>.json.
    function _group() internal pure virtual returns (string memory);

    function setUp() public virtual override {
        super.setUp(); // stablecoin, poolA/poolB, the vault with adapterA/adapterB
        uint256 n = _sourceCount();
        uint256 first; // sources added here
        if (_realAave()) {
            // A vault of its own whose sources are all real Aave markets (the fixture's are port pools).
            vault = new Vault(address(usdc), "Vaultkeeper USDC", "vkUSDC", governance, guardian, keeper, MIN_IDLE_BPS);
            vm.prank(governance);
            vault.setCooldown(0);
        } else {
            pools.push(poolA);
            pools.push(poolB);
            adapters.push(adapterA);
            adapters.push(adapterB);
            first = 2;
        }
        for (uint256 i = first; i < n; ++i) {
            adapters.push(_newSource());
        }
        vm.startPrank(governance);
        for (uint256 i = first; i < n; ++i) {
            vault.addSource(address(adapters[i]), type(uint128).max, BPS);
        }
        vm.stopPrank();

        _deposit(bob, TOTAL);
        uint256[] memory t = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            t[i] = (TOTAL * 8) / 10 / n;
        }
        _rebalance(t);
        for (uint256 i; i < pools.length; ++i) {
            _supply(pools[i], LP, 100_000e6);
            _borrow(pools[i], 50_000e6);
        }

        usdc.mint(alice, AMOUNT);
        vm.prank(alice);
        usdc.approve(address(vault), type(uint256).max);
        usdc.mint(bob, AMOUNT);
        vm.prank(bob);
        usdc.approve(address(vault), type(uint256).max);

        vm.warp(block.timestamp + 1 days);
        vm.roll(block.number + 7200);
        for (uint256 i; i < n; ++i) {
            held.push(adapters[i].totalAssets());
        }
        idleAtStart = vault.idle();
    }

    /// @dev Whether the sources are real Aave v3 markets (GasBenchAaveBase) rather than the port's LendingPools.
    function _realAave() internal pure virtual returns (bool) {
        return false;
    }

    /// @dev A new source for the vault: a port pool with its adapter (the pool's liquidity and borrower come after
    /// setUp's rebalance).
    function _newSource() internal virtual returns (AaveV3Adapter adapter) {
        LendingPool pool = new LendingPool(address(usdc), BASE, SLOPE1, SLOPE2, OPTIMAL, RESERVE_FACTOR_BPS, AaveRateAbi.V3_0);
        pools.push(pool);
        return new AaveV3Adapter(address(vault), address(pool), address(usdc));
    }

    function _snap(string memory name) internal {
        gasVm.snapshotGasLastCall(_group(), name);
    }

    // ================================================================ depositors

    /// A depositor's first deposit: its share balance goes from zero.
    function test_deposit_first() public {
        vm.prank(alice);
        vault.deposit(AMOUNT, alice);
        _snap("deposit_first");
        assertEq(usdc.balanceOf(alice), 0, "alice deposited");
    }

    /// A further deposit by a depositor who already holds shares.
    function test_deposit_subsequent() public {
        vm.prank(bob);
        vault.deposit(AMOUNT, bob);
        _snap("deposit_subsequent");
        assertEq(usdc.balanceOf(bob), 0, "bob deposited");
    }

    /// A withdrawal that idle covers.
    function test_withdraw_idle() public {
        vm.prank(bob);
        vault.withdraw(AMOUNT, bob, bob);
        _snap("withdraw_idle");
        assertEq(vault.idle(), idleAtStart - AMOUNT, "paid from idle");
    }

    /// A redemption (~10,000 assets) that idle covers.
    function test_redeem_idle() public {
        vm.prank(bob);
        vault.redeem(AMOUNT * 1e6, bob, bob);
        _snap("redeem_idle");
        assertLt(vault.idle(), idleAtStart, "paid from idle");
    }

    /// A withdrawal that empties idle and pulls the rest from the first source in the queue.
    function test_withdraw_1_source() public {
        _expectSourceCalls(ISource.withdraw.selector, 1);
        vm.prank(bob);
        vault.withdraw(idleAtStart + held[0] / 2, bob, bob);
        _snap("withdraw_1_source");
        assertEq(vault.idle(), 0, "idle used first");
    }

    /// A withdrawal that empties idle and the first two sources in the queue and pulls the rest from the third.
    function test_withdraw_3_sources() public {
        _expectSourceCalls(ISource.withdraw.selector, 3);
        vm.prank(bob);
        vault.withdraw(idleAtStart + held[0] + held[1] + held[2] / 2, bob, bob);
        _snap("withdraw_3_sources");
        assertEq(vault.idle(), 0, "idle used first");
    }

    // ================================================================ keeper

    /// Idle into one source; every other target is what its source holds.
    function test_rebalance_1_source() public {
        uint256[] memory t = _unchanged();
        t[0] += 50_000e6;
        _measureRebalance(t, "rebalance_1_source");
    }

    /// One source out, two in.
    function test_rebalance_3_sources() public {
        uint256[] memory t = _unchanged();
        t[0] -= 40_000e6;
        t[1] += 40_000e6;
        t[2] += 40_000e6;
        _measureRebalance(t, "rebalance_3_sources");
    }

    // ================================================================ helpers

    /// @dev The 10-source rebalance: 20,000 out of each of the first five sources, 30,000 into each of the others.
    function _rebalanceFiveOutFiveIn() internal {
        uint256[] memory t = _unchanged();
        for (uint256 i; i < 5; ++i) {
            t[i] -= 20_000e6;
            t[i + 5] += 30_000e6;
        }
        _measureRebalance(t, "rebalance_10_sources");
    }

    function _unchanged() internal view returns (uint256[] memory t) {
        t = new uint256[](held.length);
        for (uint256 i; i < t.length; ++i) {
            t[i] = held[i];
        }
    }

    /// @dev Expects `selector` on exactly the first `count` sources (in queue/source order), none on the others.
    function _expectSourceCalls(bytes4 selector, uint256 count) internal {
        for (uint256 i; i < adapters.length; ++i) {
            gasVm.expectCall(address(adapters[i]), abi.encodeWithSelector(selector), i < count ? 1 : 0);
        }
    }

    /// @dev Measures rebalance(t) and checks that only the sources whose target changed were touched: one
    /// withdraw from each source going down, one deposit into each source going up, nothing else. (A source
    /// going down may also get a deposit of a unit or two: the vault tops a source up when rounding in the pool
    /// leaves it just below its target after the withdrawal.)
    function _measureRebalance(uint256[] memory t, string memory name) internal {
        for (uint256 i; i < t.length; ++i) {
            bytes memory withdrawCall = abi.encodeWithSelector(ISource.withdraw.selector);
            bytes memory depositCall = abi.encodeWithSelector(ISource.deposit.selector);
            if (t[i] < held[i]) {
                gasVm.expectCall(address(adapters[i]), withdrawCall, 1);
            } else {
                gasVm.expectCall(address(adapters[i]), withdrawCall, 0);
                gasVm.expectCall(address(adapters[i]), depositCall, t[i] > held[i] ? 1 : 0);
            }
        }
        DecisionReceipt memory r = _receipt();
        vm.prank(keeper);
        vault.rebalance(t, r);
        _snap(name);
        for (uint256 i; i < t.length; ++i) {
            // A source withdrawn from may end a rounding unit under its target (no dust top-up).
            assertApproxEqAbs(adapters[i].totalAssets(), t[i], vault.ROUNDING_TOLERANCE_PER_SOURCE(), "source at target");
        }
    }
}

/// @notice A vault with 3 sources, as on the embedded chain.
contract GasBench3Sources is GasBenchBase {
    function _sourceCount() internal pure override returns (uint256) {
        return 3;
    }

    function _group() internal pure override returns (string memory) {
        return "GasBench3Sources";
    }
}

/// @notice The same operations with every source a real Aave v3 market (the pinned @aave/core-v3, deployed by
/// utils/AaveV3Setup.sol with the fixture's curve and reserve factor): one market per source, each listing the
/// stablecoin, with the same third-party liquidity (100,000) and borrower (50,000, against collateral), which here
/// come before setUp's rebalance, as each market's deployment lists them.
abstract contract GasBenchAaveBase is GasBenchBase, AaveV3Setup {
    function _realAave() internal pure override returns (bool) {
        return true;
    }

    function _newSource() internal override returns (AaveV3Adapter) {
        AaveMarket memory m = _deployAaveMarket(address(usdc), _stableCurve(RESERVE_FACTOR_BPS));
        _aaveSupply(m, address(usdc), LP, 100_000e6);
        _aaveBorrow(m, aaveBorrower, 50_000e6);
        return new AaveV3Adapter(address(vault), address(m.pool), address(usdc));
    }
}

/// @notice GasBench3Sources over three real Aave v3 markets.
contract GasBenchAave3Sources is GasBenchAaveBase {
    function _sourceCount() internal pure override returns (uint256) {
        return 3;
    }

    function _group() internal pure override returns (string memory) {
        return "GasBenchAave3Sources";
    }
}

/// @notice GasBench10Sources over ten real Aave v3 markets.
contract GasBenchAave10Sources is GasBenchAaveBase {
    function _sourceCount() internal pure override returns (uint256) {
        return 10;
    }

    function _group() internal pure override returns (string memory) {
        return "GasBenchAave10Sources";
    }

    /// Five sources out, five in.
    function test_rebalance_10_sources() public {
        _rebalanceFiveOutFiveIn();
    }
}

/// @notice A vault with 10 sources: the same operations, and a rebalance that moves all of them.
contract GasBench10Sources is GasBenchBase {
    function _sourceCount() internal pure override returns (uint256) {
        return 10;
    }

    function _group() internal pure override returns (string memory) {
        return "GasBench10Sources";
    }

    /// Five sources out, five in.
    function test_rebalance_10_sources() public {
        _rebalanceFiveOutFiveIn();
    }
}

/// @notice A plain OpenZeppelin ERC-4626 vault: no lending protocol behind it, no limits, no fees.
contract Plain4626 is ERC4626 {
    constructor(IERC20 asset_) ERC20("Plain 4626", "p4626") ERC4626(asset_) {}
}

/// @notice Issue 15's side-by-side scenario with MetaMorpho: three sources, each an ERC4626Adapter over a plain
/// OpenZeppelin ERC-4626 vault (so the figures are the vault's and the adapters' overhead alone), holding a third of
/// 1,000,000 each with nothing idle (min idle 0, caps and turnover unlimited), one day of yield accrued (each target
/// earns 5% a year, donated to it), and each adapter's last rate checkpoint a day old (deposits and withdrawals do not
/// record one); each adapter kept its one unit of the asset at setUp's rebalance (ERC4626Adapter, "Kept unit"). One
/// measured call per test, as in GasBenchBase. The audit measured MetaMorpho v1.0 over three Morpho
/// Blue markets the same way: `reallocate` moving 10% of total assets from A to B and C, 226,850 gas; a withdrawal
/// across all three markets, 329,111.
contract GasBenchERC4626 is ThreePlacesBench {
    /// @dev Place i: a plain ERC-4626 vault and its adapter.
    function _newPlace(uint256) internal override returns (ISource) {
        Plain4626 target = new Plain4626(IERC20(address(usdc)));
        return ISource(address(new ERC4626Adapter(address(vault), address(target))));
    }

    /// @dev Each target earns 5% a year on what it holds, for the day, donated to it.
    function _accrue(uint256[] memory allocated) internal override {
        for (uint256 i; i < N; ++i) {
            usdc.mint(address(ERC4626Adapter(address(places[i])).TARGET()), (allocated[i] * 5) / 100 / 365);
        }
    }

    /// 10% of total assets out of the first source, 5% into each of the others.
    function test_rebalance_3_erc4626_10pct() public {
        _measureRebalance10pct("GasBenchERC4626", "rebalance_3_erc4626_10pct");
    }

    /// A withdrawal that empties the first two sources and pulls half of the third.
    function test_withdraw_3_erc4626() public {
        _measureWithdrawAcross("GasBenchERC4626", "withdraw_3_erc4626");
    }
}
