// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {VaultActors} from "./VaultActors.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {AaveV3Adapter} from "../../src/adapters/AaveV3Adapter.sol";
import {Vault} from "../../src/Vault.sol";
import {DecisionReceipt} from "../../src/libraries/VaultTypes.sol";
import {AaveV3Setup} from "./AaveV3Setup.sol";

/// @notice What the vault fixtures share: one stablecoin, a vault with an AaveV3Adapter on each of two pools that
/// `_deployPools` provides (Fixture: two real Aave v3 markets; PortFixture: two port LendingPools), and the helpers
/// that drive the vault.
abstract contract FixtureBase is VaultActors {
    uint256 internal constant RAY = 1e27;
    // Aave-like stablecoin strategy: base 0, slope1 4%, slope2 60%, kink 80%, reserve factor 10%.
    uint256 internal constant BASE = 0;
    uint256 internal constant SLOPE1 = 0.04e27;
    uint256 internal constant SLOPE2 = 0.6e27;
    uint256 internal constant OPTIMAL = 0.8e27;
    uint256 internal constant RESERVE_FACTOR_BPS = 1000;
    uint256 internal constant MIN_IDLE_BPS = 1000;

    address internal alice = address(0xA11CE);
    address internal borrower = address(0xB022);

    AaveV3Adapter internal adapterA;
    AaveV3Adapter internal adapterB;

    /// @dev Deploys the two pools the vault's adapters A and B supply to (each listing `usdc`).
    function _deployPools() internal virtual returns (address poolA_, address poolB_);

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        usdc = new MockStablecoin("USD Coin", "USDC");
        (address poolA_, address poolB_) = _deployPools();
        vault = new Vault(address(usdc), "Vaultkeeper USDC", "vkUSDC", governance, guardian, keeper, MIN_IDLE_BPS);
        adapterA = new AaveV3Adapter(address(vault), poolA_, address(usdc));
        adapterB = new AaveV3Adapter(address(vault), poolB_, address(usdc));
        vm.startPrank(governance);
        vault.addSource(address(adapterA), type(uint128).max, BPS);
        vault.addSource(address(adapterB), type(uint128).max, BPS);
        // The tests exercise each limit on its own and rebalance several times per block: no cooldown unless a
        // test sets one (test_defaults in Vault.t.sol checks the constructor's DEFAULT_COOLDOWN).
        vault.setCooldown(0);
        vm.stopPrank();
        vm.label(address(vault), "Vault");
        vm.label(poolA_, "PoolA");
        vm.label(poolB_, "PoolB");
    }

    function _deposit(address who, uint256 assets) internal returns (uint256 shares) {
        usdc.mint(who, assets);
        vm.startPrank(who);
        usdc.approve(address(vault), assets);
        shares = vault.deposit(assets, who);
        vm.stopPrank();
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
}

/// @notice The vault tests' deployment: one stablecoin and a vault whose sources A and B are AaveV3Adapters on two
/// real Aave v3 markets (poolA, poolB: two separate deployments of the pinned npm package of Aave v3.0.2 by
/// utils/AaveV3Setup.sol, each listing the stablecoin with the fixture's curve: base 0, slopes 4% and 60%, kink 80%,
/// reserve factor 10%). `borrower` borrows against its own collateral in each market (price 1, LTV 80%), so it can
/// take all of a market's liquidity. The helpers act through the real Pool and PoolConfigurator.
abstract contract Fixture is FixtureBase, AaveV3Setup {
    AaveMarket internal poolA;
    AaveMarket internal poolB;

    function _deployPools() internal virtual override returns (address, address) {
        poolA = _deployAaveMarket(address(usdc), _stableCurve(RESERVE_FACTOR_BPS));
        poolB = _deployAaveMarket(address(usdc), _stableCurve(RESERVE_FACTOR_BPS));
        return (address(poolA.pool), address(poolB.pool));
    }

    /// @dev `who` supplies `amount` of the stablecoin to `pool`.
    function _supply(AaveMarket memory pool, address who, uint256 amount) internal {
        _aaveSupply(pool, address(usdc), who, amount);
    }

    /// @dev `borrower` borrows `amount` of the stablecoin from `pool` against twice as much fresh collateral.
    function _borrow(AaveMarket memory pool, uint256 amount) internal {
        _aaveBorrow(pool, borrower, amount);
    }

    /// @dev `borrower` repays all its debt to `pool` (interest included).
    function _repayAll(AaveMarket memory pool) internal returns (uint256 repaid) {
        uint256 debt = _debtOf(pool, borrower);
        usdc.mint(borrower, debt + 1);
        vm.startPrank(borrower);
        usdc.approve(address(pool.pool), type(uint256).max);
        repaid = pool.pool.repay(address(usdc), type(uint256).max, 2, borrower);
        vm.stopPrank();
    }

    /// @dev `who`'s variable debt to `pool`, interest included.
    function _debtOf(AaveMarket memory pool, address who) internal view returns (uint256) {
        return IERC20(pool.variableDebtToken).balanceOf(who);
    }

    /// @dev The stablecoin `pool` can lend or pay out: what its aToken holds (Aave v3.0 has no virtual balance).
    function _availableLiquidity(AaveMarket memory pool) internal view returns (uint256) {
        return usdc.balanceOf(pool.aToken);
    }

    /// @dev Sets `pool`'s supply cap on the stablecoin, in whole tokens (0: none).
    function _setSupplyCap(AaveMarket memory pool, uint256 capTokens) internal {
        vm.prank(aaveAdmin);
        pool.configurator.setSupplyCap(address(usdc), capTokens);
    }
}
