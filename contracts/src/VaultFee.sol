// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ErrorsLib} from "./libraries/ErrorsLib.sol";
import {EventsLib} from "./libraries/EventsLib.sol";
import {VaultGovernance} from "./VaultGovernance.sol";

/// @title VaultFee
/// @notice The Vault's performance fee (its own part of the Vault, which inherits it): `fee` (bps, ≤ MAX_FEE) of every
/// gain of the share price above its high-water mark is minted as shares to `feeRecipient`. It holds the fee's
/// governance setters and views, the accrual the Vault runs before every deposit, mint, withdrawal, redemption,
/// rebalance and failsafe move, the conversions that include the fee that would accrue first, and the mark's
/// adjustment for exits while a source cannot be valued (_keepMarkDeficit).
abstract contract VaultFee is VaultGovernance {
    // ================================================================ governance

    /// @notice Governance-only: sets the performance fee (bps of gains above the high-water mark, ≤ MAX_FEE). A
    /// non-zero fee needs a fee recipient. The old fee is accrued first. Non-reentrant, as every function that
    /// accrues (no withdrawal can be in flight then: see idle).
    /// @param newFee The new fee.
    function setFee(uint256 newFee) external onlyGovernance nonReentrant {
        if (newFee > MAX_FEE) revert ErrorsLib.MaxFeeExceeded(newFee, MAX_FEE);
        if (newFee != 0 && feeRecipient == address(0)) revert ErrorsLib.ZeroFeeRecipient();
        _accrueFee();
        _feeBps = uint16(newFee); // ≤ MAX_FEE
        emit EventsLib.SetFee(newFee);
    }

    /// @notice Governance-only: sets the fee recipient (address(0) only while the fee is 0). The fee accrued so far
    /// goes to the old recipient. Non-reentrant (see setFee).
    /// @param newFeeRecipient The new fee recipient.
    function setFeeRecipient(address newFeeRecipient) external onlyGovernance nonReentrant {
        if (newFeeRecipient == address(0) && _feeBps != 0) revert ErrorsLib.ZeroFeeRecipient();
        _accrueFee();
        feeRecipient = newFeeRecipient;
        emit EventsLib.SetFeeRecipient(newFeeRecipient);
    }

    // ================================================================ permissionless

    /// @notice Anyone: accrues the performance fee now.
    function accrueFee() external nonReentrant {
        _accrueFee();
    }

    // ================================================================ views

    /// @notice Performance fee (bps of gains above the high-water mark).
    function fee() external view returns (uint256) {
        return _feeBps;
    }

    /// @notice Highest share price on which the fee was settled: assets per share, WAD-scaled and per 10**decimalsOffset
    /// share units ((totalAssets + 1) / (totalSupply + 10**decimalsOffset), so 1e18 at the start), as
    /// convertToAssets(1e24) gives the price now (after the fee that would accrue first).
    function highWaterMark() external view returns (uint256) {
        return _hwm;
    }

    // ================================================================ internals

    /// @dev Conversions (hence previews and max functions) include the fee that would accrue first.
    function _convertToShares(uint256 assets, Math.Rounding rounding) internal view override returns (uint256) {
        (uint256 total, uint256 supply) = _totalsAfterFee();
        return _convertToSharesWithTotals(assets, supply, total, rounding);
    }

    /// @dev See _convertToShares.
    function _convertToAssets(uint256 shares, Math.Rounding rounding) internal view override returns (uint256) {
        (uint256 total, uint256 supply) = _totalsAfterFee();
        return _convertToAssetsWithTotals(shares, supply, total, rounding);
    }

    /// @dev Total assets now (_totalAssets) and the supply after the fee that would accrue first.
    function _totalsAfterFee() internal view returns (uint256 total, uint256 supply) {
        (total,) = _totalAssets();
        supply = _supplyAfterFee(total);
    }

    /// @dev The share supply once the fee due at total assets `total` is minted: the supply the conversions use.
    function _supplyAfterFee(uint256 total) internal view returns (uint256) {
        (, uint256 feeShares,,) = _feeAt(total);
        return totalSupply() + feeShares;
    }

    /// @dev The fee due at total assets `total`, and the high-water mark before (`hwm`). With virtual supply
    /// V = totalSupply + 10**offset and price p = (total + 1) / V, the gain above the high-water mark h is (p − h)·V
    /// assets; feeAssets = fee × gain, minted as feeShares = feeAssets·V / (total + 1 − feeAssets) (MetaMorpho's
    /// formula with the virtual offset), which dilutes every share by exactly feeAssets: the price becomes
    /// h + (1 − fee)·(p − h). The high-water mark then moves to the new price (`newHwm`). No real supply: no fee, the
    /// mark restarts at the current price (nobody's gain). Fee 0: the mark follows the price up (turning the fee on
    /// later does not charge past gains). A fee rounding to 0 still moves the mark (less than one wei of fee is
    /// forgone): the gap must be settled before the supply changes, otherwise a new depositor would be charged on a
    /// gain made before it entered.
    function _feeAt(uint256 total)
        internal
        view
        returns (uint256 feeAssets, uint256 feeShares, uint256 newHwm, uint256 hwm)
    {
        uint256 supply = totalSupply();
        uint256 price = _sharePrice(total, supply);
        hwm = _hwm;
        newHwm = hwm;
        uint256 feeBps = _feeBps;
        if (supply == 0 || (feeBps == 0 && price > newHwm)) return (0, 0, price, hwm);
        if (price <= newHwm) return (0, 0, newHwm, hwm);
        uint256 virtualSupply = supply + 10 ** _decimalsOffset();
        uint256 gain = total + 1 - Math.mulDiv(newHwm, virtualSupply, WAD * 10 ** _decimalsOffset(), Math.Rounding.Ceil);
        feeAssets = Math.mulDiv(gain, feeBps, BPS);
        if (feeAssets != 0) {
            feeShares = _convertToSharesWithTotals(feeAssets, supply, total - feeAssets, Math.Rounding.Floor);
        }
        if (feeShares == 0) feeAssets = 0;
        newHwm = Math.max(newHwm, _sharePrice(total, supply + feeShares));
    }

    /// @dev Mints the fee shares due and moves the high-water mark; returns total assets, the first unvalued source
    /// (if any) and idle. Only for nonReentrant entry points (see _totalAssetsIdle).
    function _accrueFee() internal returns (uint256 total, address unvalued, uint256 idleNow) {
        (total, unvalued, idleNow) = _totalAssetsIdle();
        // = _accrueFeeAt(total), inlined: deposits and withdrawals run this, one internal call fewer
        (uint256 feeAssets, uint256 feeShares, uint256 newHwm, uint256 hwm) = _feeAt(total);
        if (feeShares != 0) _mint(feeRecipient, feeShares);
        if (newHwm != hwm) {
            _hwm = SafeCast.toUint240(newHwm);
            emit EventsLib.AccrueFee(feeAssets, feeShares, newHwm);
        }
    }

    /// @dev _accrueFee at total assets `total`, already read (rebalance reads them with each source's holding).
    function _accrueFeeAt(uint256 total) internal {
        (uint256 feeAssets, uint256 feeShares, uint256 newHwm, uint256 hwm) = _feeAt(total);
        if (feeShares != 0) _mint(feeRecipient, feeShares);
        if (newHwm != hwm) {
            _hwm = SafeCast.toUint240(newHwm);
            emit EventsLib.AccrueFee(feeAssets, feeShares, newHwm);
        }
    }

    /// @dev _accrueFee, refusing deposits while a source cannot be valued.
    function _accrueFeeForDeposit() internal returns (uint256 total) {
        address unvalued;
        (total, unvalued,) = _accrueFee();
        if (unvalued != address(0)) revert ErrorsLib.SourceUnvalued(unvalued);
    }

    /// @dev L-4: an exit of `shares` while a source cannot be valued is paid at a price that leaves that source out,
    /// so it leaves part of its value behind for the holders who stay. When the source recovers, that value returns
    /// to them, and it is not performance: at a price p below the mark h, the mark rises so that the holders who stay
    /// must regain the same assets to reach it as before the exit, (h − p)·V with V the virtual supply (h' = h + (h −
    /// p)·shares / (V − shares), rounded up). Real yield above that is charged as usual. The rule errs toward the
    /// holders: if the source never recovers (it is written off) or the price was already below the mark before it
    /// broke, the fee forgoes as much yield as the exit's share of the deficit. At or above the mark nothing changes
    /// (the fee was settled at that price).
    function _keepMarkDeficit(uint256 total, uint256 supply, uint256 shares) internal {
        uint256 hwm = _hwm;
        uint256 price = _sharePrice(total, supply);
        if (price >= hwm) return;
        hwm += Math.mulDiv(hwm - price, shares, supply + 10 ** _decimalsOffset() - shares, Math.Rounding.Ceil);
        _hwm = SafeCast.toUint240(hwm);
        emit EventsLib.RaiseHighWaterMark(hwm);
    }
}
