// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ISource} from "../interfaces/ISource.sol";
import {ErrorsLib} from "./ErrorsLib.sol";
import {EventsLib} from "./EventsLib.sol";
import {SourceCallLib} from "./SourceCallLib.sol";

/// @title WithdrawLib
/// @notice The vault's withdraw-queue walk. A withdrawal is served from idle first, then from the sources in queue
/// order, each giving min(what is still missing, what it can pay). `plan` works out, from the sources' positions, which
/// sources a withdrawal of some assets pulls from and how much; `pull` then makes those calls. Pulling part of a
/// position out of a lending protocol or an ERC-4626 vault loses a unit or two to its rounding, so the vault
/// charges the withdrawer a rounding allowance per source the plan pulls from (see Vault.previewWithdraw), which
/// `plan` counts.
library WithdrawLib {
    /// @dev Bits per position of a packed withdraw queue: indices below Vault.MAX_SOURCES ≤ 32.
    uint256 internal constant QUEUE_BITS = 5;
    uint256 internal constant QUEUE_MASK = (1 << QUEUE_BITS) - 1;
    /// @dev A packed withdraw queue holds its length (the number of sources) from this bit up, so that a withdrawal
    /// reads the queue's one slot instead of the sources' length as well.
    uint256 internal constant QUEUE_COUNT_SHIFT = 248;
    /// @dev Set on a source's liquidity in a plan (Vault._positions) when its whole position is liquid: the amount in
    /// the bits below is then its value, and a pull that takes all of it asks for type(uint256).max (ISource.withdraw).
    uint256 internal constant WHOLE = 1 << 255;
    /// @dev Transient slots of a direct payment in flight (see inFlight): its receiver,
    /// keccak256("vaultkeeper.Vault.inFlight.receiver") - 1, and the receiver's balance when the pulls began,
    /// keccak256("vaultkeeper.Vault.inFlight.start") - 1.
    uint256 internal constant IN_FLIGHT_RECEIVER_SLOT = 0x84974fda659263ce7ee2050be9f6d212239c9686c2e977025575b8151e11dae9;
    uint256 internal constant IN_FLIGHT_START_SLOT = 0x74005b12c85a5dcb5eca0ba4b466184bd1d55948bd3d8e32bf5fdcf6fedfd939;

    /// @dev What a withdrawal of `assets` takes from each source, given what the sources it looks at could pay
    /// (`liquid`, in queue order: Vault._positions): `take[k]` for the k-th source of the queue, the array's length set
    /// to the sources looked at (the walk stops once `assets` are covered). `touched` counts the sources with a
    /// non-zero take; `covered` is `idle` plus all takes, at most `assets` (pass type(uint256).max to look at every
    /// source: `covered` is then the liquidity available, and never overflows).
    function plan(uint256[] memory liquid, uint256 idle, uint256 assets)
        internal
        pure
        returns (uint256 touched, uint256 covered, uint256[] memory take)
    {
        covered = idle;
        take = new uint256[](liquid.length);
        uint256 k;
        for (; k < liquid.length && covered < assets; ++k) {
            uint256 amount = Math.min(liquid[k] & ~WHOLE, assets - covered);
            if (amount == 0) continue;
            take[k] = amount;
            covered += amount;
            ++touched;
        }
        assembly ("memory-safe") {
            mstore(take, k)
        }
    }

    /// @dev Pulls what the vault's idle balance lacks of `assets` from the sources of `queue`, in order, each paying
    /// `to` min(what is still missing, what it could pay: `liquid` for the sources the plan looked at, in queue order as
    /// plan reads it, and their maxWithdraw() for the others), so the pulls follow the plan while every source
    /// delivers what it was asked, and ask the sources after those planned when one delivers less. A source asked for
    /// all of a position that is liquid whole (WHOLE) is asked for type(uint256).max (ISource.withdraw: it need not
    /// read its position again). A source whose withdraw fails is asked once more for what it reports now
    /// (maxWithdraw), if less (sources sharing a market share its liquidity, which `liquid` counts for each). Each
    /// withdraw is a gas-bounded call whose return data is ignored (SourceCallLib.tryCall): a source that fails is
    /// skipped, and what counts is what `to` received, measured on its balance, which PulledFromSource reports. Reverts InsufficientLiquidity if the sources cannot make up `assets`. `idle` is the
    /// vault's balance when called (the caller has just read it). `to` is the vault itself or, for a direct payment,
    /// a receiver without code (whose balance moves with every transfer to it): then the receiver and its balance
    /// before the pulls are held in transient storage while the sources run (see inFlight), so that the vault's
    /// views count what has arrived as they would count it in the vault's balance, at every point of every source
    /// call, and cleared once the pulls are done.
    function pull(
        address[] storage sources,
        uint256 queue,
        IERC20 token,
        address to,
        uint256 assets,
        uint256[] memory liquid,
        uint256 idle
    ) internal {
        uint256 available = idle;
        if (to != address(this)) {
            // A direct payment. From here on `idle` holds the receiver's starting balance less idle (mod 2**256), so
            // that its balance less `idle` is idle plus what has arrived (which the stack has no room to compute
            // from both).
            uint256 start = balanceOf(token, to);
            _setInFlight(to, start);
            unchecked {
                idle = start - idle;
            }
        }
        for (uint256 i; i < queue >> QUEUE_COUNT_SHIFT && available < assets; ++i) {
            address source;
            uint256 amount;
            bool all;
            {
                source = queued(sources, queue, i);
                // what the source could pay
                if (i < liquid.length) {
                    amount = liquid[i];
                } else {
                    (, amount) = SourceCallLib.tryRead(source, ISource.maxWithdraw.selector, true);
                    amount &= ~WHOLE; // a raw answer never means WHOLE (at worst 2**255 less)
                }
                all = amount & WHOLE != 0 && amount & ~WHOLE <= assets - available; // all of a whole position
                amount = Math.min(amount & ~WHOLE, assets - available);
            }
            if (amount == 0 || !_withdrawFrom(source, amount, all, to)) continue;
            uint256 balance;
            if (to == address(this)) {
                balance = held(token);
            } else {
                unchecked {
                    balance = balanceOf(token, to) - idle; // = idle + what has arrived (see above)
                }
            }
            emit EventsLib.PulledFromSource(source, balance - available);
            available = balance;
        }
        if (available < assets) revert ErrorsLib.InsufficientLiquidity(assets, available);
        if (to != address(this)) _setInFlight(address(0), 0);
    }

    /// @dev Asks `source` to pay `to` `amount`, or type(uint256).max when that is `all` of its position; when that fails,
    /// once more for what it reports it can pay now, if less (what it could pay was read before any pull: a source
    /// sharing a market with one pulled from before it may have less now). Whether a withdraw call succeeded.
    function _withdrawFrom(address source, uint256 amount, bool all, address to) private returns (bool) {
        if (SourceCallLib.tryWithdraw(source, all ? type(uint256).max : amount, to)) return true;
        (, uint256 free) = SourceCallLib.tryRead(source, ISource.maxWithdraw.selector, true);
        return free < amount && free != 0 && SourceCallLib.tryWithdraw(source, free, to);
    }

    /// @dev What a withdrawal paying its receiver directly has delivered to it so far, while its sources run (0 at
    /// any other time): the receiver's balance less its balance before the pulls, read now, so that it is exact at
    /// every point of a source's call, its transfer included (a receiver without code cannot spend during the
    /// call). The vault counts it as idle (see Vault.idle), where it would be had the sources paid the vault.
    function inFlight(IERC20 token) internal view returns (uint256 amount) {
        address receiver;
        uint256 start;
        assembly ("memory-safe") {
            receiver := tload(IN_FLIGHT_RECEIVER_SLOT)
            start := tload(IN_FLIGHT_START_SLOT)
        }
        if (receiver != address(0)) amount = balanceOf(token, receiver) - start;
    }

    function _setInFlight(address receiver, uint256 start) private {
        assembly ("memory-safe") {
            tstore(IN_FLIGHT_RECEIVER_SLOT, receiver)
            tstore(IN_FLIGHT_START_SLOT, start)
        }
    }

    /// @dev The storage slot of `sources[0]`, the others following it (see sourceIn).
    function elements(address[] storage sources) internal pure returns (uint256 slot) {
        assembly ("memory-safe") {
            mstore(0, sources.slot)
            slot := keccak256(0, 32)
        }
    }

    /// @dev The source stored at `slot`, one of the slots of the sources' elements (see elements).
    function sourceIn(uint256 slot) internal view returns (address source) {
        assembly ("memory-safe") {
            source := sload(slot)
        }
    }

    /// @dev queued with the slot of the sources' first element given (`first`, see elements): one hash for a walk.
    function queuedAt(uint256 first, uint256 queue, uint256 k) internal view returns (address source) {
        assembly ("memory-safe") {
            source := sload(add(first, and(shr(mul(5, k), queue), 31))) // QUEUE_BITS, QUEUE_MASK
        }
    }

    /// @dev The source at position `k` of the withdraw queue `queue`, packed as indices into `sources` (QUEUE_BITS
    /// bits per position, see Vault._queue), for k below the queue's length; read without the bounds check.
    function queued(address[] storage sources, uint256 queue, uint256 k) internal view returns (address source) {
        return queuedAt(elements(sources), queue, k);
    }

    /// @dev token.balanceOf(address(this)), in assembly (as balanceOf).
    function held(IERC20 token) internal view returns (uint256) {
        return balanceOf(token, address(this));
    }

    /// @dev token.balanceOf(account), in assembly: a high-level call costs about 150 gas more. Reverts as the
    /// high-level call does, with the token's revert data, when the call fails or returns less than 32 bytes.
    function balanceOf(IERC20 token, address account) internal view returns (uint256 amount) {
        assembly ("memory-safe") {
            mstore(0, 0x70a08231) // balanceOf(address)
            mstore(32, account)
            if iszero(and(gt(returndatasize(), 31), staticcall(gas(), token, 28, 36, 0, 32))) {
                let ptr := mload(64)
                returndatacopy(ptr, 0, returndatasize())
                revert(ptr, returndatasize())
            }
            amount := mload(0)
        }
    }

    /// @dev The most a holder whose shares are worth `gross` assets can withdraw, given the plan `take` of a
    /// withdrawal of everything (plan(queue, liquid, idle, type(uint256).max)) and an allowance of `rounding` per source
    /// pulled from: the largest a ≤ idle + Σ take with a + rounding × (sources a withdrawal of a pulls from) ≤
    /// gross. A withdrawal of a pulls from the first k sources with liquidity when a lies in (c_{k−1}, c_k], c_k
    /// being idle plus their takes; the best a there is min(c_k, gross − k·rounding) while that exceeds c_{k−1}.
    function maxAssets(uint256 idle, uint256[] memory take, uint256 gross, uint256 rounding)
        internal
        pure
        returns (uint256 best)
    {
        if (gross <= idle) return gross;
        best = idle;
        uint256 covered = idle;
        uint256 allowance;
        for (uint256 i; i < take.length; ++i) {
            if (take[i] == 0) continue;
            allowance += rounding;
            if (gross <= allowance || gross - allowance <= covered) break;
            covered += take[i];
            best = Math.min(covered, gross - allowance);
        }
    }
}
