// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {ThreePlacesBench} from "./utils/ThreePlacesBench.sol";
import {MorphoSetup} from "./utils/MorphoSetup.sol";
import {MorphoBlueAdapter} from "../src/adapters/MorphoBlueAdapter.sol";
import {ISource} from "../src/interfaces/ISource.sol";

/// @notice Issue 15's side-by-side scenario (ThreePlacesBench) on what MetaMorpho itself allocates to: the vault over
/// three markets of the real Morpho Blue (1.0.0 from its npm package, see MorphoSetup) through `MorphoBlueAdapter`s.
/// Each market also has another lender and a borrower at 50% utilisation (the package's IrmMock: borrow APR =
/// utilisation), so the day's interest is Morpho's own. Recorded into snapshots/GasBenchMorpho.json (README "Gas"
/// table).
contract GasBenchMorpho is ThreePlacesBench, MorphoSetup {
    MarketParams[] internal markets;

    function _beforeVault() internal override {
        _setUpMorpho(address(usdc));
    }

    /// @dev Place i: a market of the one Morpho, told apart from the others by its LLTV (enabled by Morpho's owner).
    function _newPlace(uint256 i) internal override returns (ISource) {
        uint256[N] memory lltvs = [MORPHO_LLTV, 0.77e18, 0.86e18];
        MarketParams memory p = params;
        p.lltv = lltvs[i];
        if (i > 0) {
            vm.prank(morphoOwner);
            morpho.enableLltv(p.lltv);
            morpho.createMarket(p);
        }
        markets.push(p);
        return ISource(address(new MorphoBlueAdapter(address(vault), address(morpho), p)));
    }

    /// @dev Another lender brings each market to 2 × the vault's third; a borrower takes half of it.
    function _afterAllocation() internal override {
        for (uint256 i; i < N; ++i) {
            _morphoSupplyTo(markets[i], TOTAL / N);
            _morphoBorrowFrom(markets[i], TOTAL / N);
        }
    }

    /// 10% of total assets out of the first market, 5% into each of the others (MetaMorpho's `reallocate` of the
    /// same move: 226,850 gas in the audit).
    function test_rebalance_3_morpho_10pct() public {
        _measureRebalance10pct("GasBenchMorpho", "rebalance_3_morpho_10pct");
    }

    /// A withdrawal that empties the first two markets and pulls half of the third (MetaMorpho: 329,111 in the
    /// audit).
    function test_withdraw_3_morpho() public {
        _measureWithdrawAcross("GasBenchMorpho", "withdraw_3_morpho");
    }
}
