// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {MarketParamsLib} from "@morpho-org/morpho-blue/src/libraries/MarketParamsLib.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";
import {IIrm} from "@morpho-org/morpho-blue/src/interfaces/IIrm.sol";
import {IrmMock} from "@morpho-org/morpho-blue/src/mocks/IrmMock.sol";
import {OracleMock} from "@morpho-org/morpho-blue/src/mocks/OracleMock.sol";

import {TestBase} from "./TestBase.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";

/// @notice The cheatcode that deploys a contract from an artifact file (same cheatcode address as Vm.sol).
interface DeployVm {
    function deployCode(string calldata artifactPath, bytes calldata constructorArgs) external returns (address);
}

/// @notice A real Morpho Blue for the tests: Morpho.sol of the pinned npm package @morpho-org/morpho-blue (1.0.0),
/// deployed from contracts/artifacts/Morpho.json, which scripts/compile-contracts.js builds with solc 0.8.19 at
/// Morpho's own settings (forge builds with one compiler, 0.8.37, and Morpho pins 0.8.19). The market's oracle is
/// the package's OracleMock and its interest rate model by default the package's IrmMock (borrow APR =
/// utilisation), both compiled by forge from node_modules (no adaptive IRM is published on npm); a test may
/// override `_deployIrm` (the kinked-IRM runs use src/mocks/KinkedIrm.sol).
abstract contract MorphoSetup is TestBase {
    using MarketParamsLib for MarketParams;
    using MorphoBalancesLib for IMorpho;

    uint256 internal constant MORPHO_LLTV = 0.8e18;
    /// Morpho's ORACLE_PRICE_SCALE: a price of 1e36 values one collateral unit at one loan unit.
    uint256 internal constant ORACLE_PRICE_ONE = 1e36;

    address internal morphoOwner = address(0x0A0B);
    address internal morphoSupplier = address(0x5AA1);
    address internal morphoBorrower = address(0xB0AA);

    IMorpho internal morpho;
    IIrm internal irm;
    OracleMock internal oracle;
    MockStablecoin internal collateralToken;
    MarketParams internal params;
    Id internal marketId;

    /// @dev Deploys Morpho, enables the IRM and the LLTV and creates the market lending `loanToken`.
    function _setUpMorpho(address loanToken) internal {
        morpho = IMorpho(DeployVm(address(vm)).deployCode("artifacts/Morpho.json", abi.encode(morphoOwner)));
        irm = _deployIrm();
        oracle = new OracleMock();
        oracle.setPrice(ORACLE_PRICE_ONE);
        collateralToken = new MockStablecoin("Collateral", "COL");
        params = MarketParams({
            loanToken: loanToken,
            collateralToken: address(collateralToken),
            oracle: address(oracle),
            irm: address(irm),
            lltv: MORPHO_LLTV
        });
        vm.startPrank(morphoOwner);
        morpho.enableIrm(address(irm));
        morpho.enableLltv(MORPHO_LLTV);
        vm.stopPrank();
        morpho.createMarket(params);
        marketId = params.id();
        vm.label(address(morpho), "Morpho");
    }

    /// @dev The market's interest rate model: the package's IrmMock unless overridden.
    function _deployIrm() internal virtual returns (IIrm) {
        return new IrmMock();
    }

    /// @dev `morphoSupplier` supplies `amount` of the loan token (minted) to the market.
    function _morphoSupply(uint256 amount) internal {
        _morphoSupplyTo(params, amount);
    }

    /// @dev `morphoSupplier` supplies `amount` of the loan token (minted) to market `p` (nothing for 0).
    function _morphoSupplyTo(MarketParams memory p, uint256 amount) internal {
        if (amount == 0) return;
        MockStablecoin loan = MockStablecoin(p.loanToken);
        loan.mint(morphoSupplier, amount);
        vm.startPrank(morphoSupplier);
        loan.approve(address(morpho), amount);
        morpho.supply(p, amount, 0, morphoSupplier, "");
        vm.stopPrank();
    }

    /// @dev `morphoBorrower` posts twice `amount` of collateral (price 1, LLTV 80%) and borrows `amount`.
    function _morphoBorrow(uint256 amount) internal {
        _morphoBorrowFrom(params, amount);
    }

    /// @dev `morphoBorrower` posts twice `amount` of collateral (price 1) in market `p` and borrows `amount` there
    /// (the market's LLTV must be at least 50%).
    function _morphoBorrowFrom(MarketParams memory p, uint256 amount) internal {
        if (amount == 0) return;
        collateralToken.mint(morphoBorrower, 2 * amount);
        vm.startPrank(morphoBorrower);
        collateralToken.approve(address(morpho), 2 * amount);
        morpho.supplyCollateral(p, 2 * amount, morphoBorrower, "");
        morpho.borrow(p, amount, 0, morphoBorrower, morphoBorrower);
        vm.stopPrank();
    }

    /// @dev `morphoBorrower` repays its whole debt (minted: the interest added to it).
    function _morphoRepayAll() internal {
        uint256 shares = morpho.position(marketId, morphoBorrower).borrowShares;
        if (shares == 0) return;
        MockStablecoin loan = MockStablecoin(params.loanToken);
        loan.mint(morphoBorrower, morpho.expectedBorrowAssets(params, morphoBorrower));
        vm.startPrank(morphoBorrower);
        loan.approve(address(morpho), type(uint256).max);
        morpho.repay(params, 0, shares, morphoBorrower, "");
        vm.stopPrank();
    }

    /// @dev Sets the market's fee (Morpho's owner; at most 25%).
    function _morphoSetFee(uint256 fee) internal {
        if (fee == morpho.market(marketId).fee) return;
        vm.prank(morphoOwner);
        morpho.setFee(params, fee);
    }

    /// @dev The supply rate the market shows as it is stored (call right after an interaction, so nothing is left
    /// to accrue): its IRM's borrowRateView × 365 days × 1e9 (ray APR) × totalBorrowAssets / totalSupplyAssets ×
    /// (1 − fee), computed here from Morpho's state, independently of the adapter.
    function _marketSupplyRate() internal view returns (uint256) {
        Market memory m = morpho.market(marketId);
        assertEq(m.lastUpdate, block.timestamp, "market accrued in this block");
        if (m.totalBorrowAssets == 0 || m.totalSupplyAssets == 0) return 0;
        uint256 borrowApr = irm.borrowRateView(params, m) * 365 days * 1e9;
        return Math.mulDiv(Math.mulDiv(borrowApr, m.totalBorrowAssets, m.totalSupplyAssets), 1e18 - m.fee, 1e18);
    }
}
