// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {Id, IMorpho, Market, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {MarketParamsLib} from "@morpho-org/morpho-blue/src/libraries/MarketParamsLib.sol";
import {SharesMathLib} from "@morpho-org/morpho-blue/src/libraries/SharesMathLib.sol";
import {MorphoBalancesLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoBalancesLib.sol";
import {MorphoLib} from "@morpho-org/morpho-blue/src/libraries/periphery/MorphoLib.sol";

import {IMetaMorpho} from "../../src/interfaces/IMetaMorpho.sol";

/// @title MiniMetaMorpho
/// @notice A minimal MetaMorpho-like vault for the tests only, written here (MetaMorpho publishes no Solidity on npm):
/// an ERC-4626 vault (OpenZeppelin's) over real Morpho Blue markets that allocates as MetaMorpho v1.0/v1.1 does:
///   - each market has a supply cap (`config(id).cap`); giving a market a cap for the first time appends it to the
///     withdraw queue (MetaMorpho's acceptCap), and the supply queue is set apart (setSupplyQueue);
///   - a deposit goes through the supply queue in order: a market with a zero cap is skipped; each is accrued and
///     takes min(cap − the vault's supply in it, its shares' assets rounded up; what is left), and a market whose
///     supply reverts is skipped (try/catch); what no market takes reverts AllCapsReached;
///   - a withdrawal goes through the withdraw queue in order: each market is accrued and gives min(the vault's
///     supply in it (rounded down), total supply − total borrow, Morpho's balance of the token, what is left),
///     withdrawn by assets; a market whose withdrawal reverts is skipped; what none gives reverts NotEnoughLiquidity;
///   - totalAssets is the sum of the vault's expected supply over the withdraw queue; decimals offset
///     max(0, 18 − the asset's decimals);
///   - the performance fee (WAD) is taken on each deposit and withdrawal as MetaMorpho's _accrueFee does: the share
///     `fee` of the interest since the last one, minted as shares to the fee recipient. The views (convertToAssets,
///     previewRedeem) do not include the fee still to be minted, as MetaMorpho's do: the tests read the markets.
/// No roles, timelocks, guardian, reallocation or market removal: the test contract configures it directly.
contract MiniMetaMorpho is ERC4626, IMetaMorpho {
    using MarketParamsLib for MarketParams;
    using SharesMathLib for uint256;
    using MorphoBalancesLib for IMorpho;
    using MorphoLib for IMorpho;

    /// @notice A market's configuration, as MetaMorpho's MarketConfig.
    struct MarketConfig {
        uint184 cap;
        bool enabled;
        uint64 removableAt;
    }

    IMorpho internal immutable _morpho;
    uint8 internal immutable _offset;

    /// @inheritdoc IMetaMorpho
    uint96 public fee;
    /// @notice The receiver of the fee shares.
    address public feeRecipient;
    /// @notice The total assets after the last deposit or withdrawal (the base of the next fee).
    uint256 public lastTotalAssets;

    mapping(Id => MarketConfig) internal _config;
    Id[] internal _supplyQueue;
    Id[] internal _withdrawQueue;

    /// @notice No market of the supply queue had room for the deposit.
    error AllCapsReached();
    /// @notice The markets of the withdraw queue could not give the withdrawal.
    error NotEnoughLiquidity();
    /// @notice The market has no cap, so it cannot be in the supply queue.
    error UnauthorizedMarket(Id id);

    /// @param morpho_ The Morpho Blue singleton.
    /// @param asset_ The loan token of the markets.
    constructor(IMorpho morpho_, IERC20 asset_) ERC4626(asset_) ERC20("Mini MetaMorpho", "mMM") {
        _morpho = morpho_;
        uint8 decimals_ = IERC20Metadata(address(asset_)).decimals();
        _offset = decimals_ < 18 ? 18 - decimals_ : 0;
        asset_.approve(address(morpho_), type(uint256).max);
    }

    /// @inheritdoc IMetaMorpho
    function MORPHO() external view returns (IMorpho) {
        return _morpho;
    }

    /// @inheritdoc IMetaMorpho
    function supplyQueue(uint256 index) external view returns (Id) {
        return _supplyQueue[index];
    }

    /// @inheritdoc IMetaMorpho
    function supplyQueueLength() external view returns (uint256) {
        return _supplyQueue.length;
    }

    /// @inheritdoc IMetaMorpho
    function withdrawQueue(uint256 index) external view returns (Id) {
        return _withdrawQueue[index];
    }

    /// @inheritdoc IMetaMorpho
    function withdrawQueueLength() external view returns (uint256) {
        return _withdrawQueue.length;
    }

    /// @inheritdoc IMetaMorpho
    function config(Id id) external view returns (uint184 cap, bool enabled, uint64 removableAt) {
        MarketConfig memory c = _config[id];
        return (c.cap, c.enabled, c.removableAt);
    }

    /// @notice Sets the cap of market `params`; the first cap enables it and appends it to the withdraw queue.
    /// @param params The market.
    /// @param cap The supply cap (assets).
    function setCap(MarketParams memory params, uint184 cap) external {
        Id id = params.id();
        MarketConfig storage c = _config[id];
        if (!c.enabled && cap != 0) {
            c.enabled = true;
            _withdrawQueue.push(id);
        }
        c.cap = cap;
    }

    /// @notice Replaces the supply queue; each market must have a cap.
    /// @param queue The new supply queue.
    function setSupplyQueue(Id[] calldata queue) external {
        for (uint256 i; i < queue.length; ++i) {
            if (_config[queue[i]].cap == 0) revert UnauthorizedMarket(queue[i]);
        }
        _supplyQueue = queue;
    }

    /// @notice Reorders the withdraw queue (`queue` must hold the same markets; not checked here).
    /// @param queue The new withdraw queue.
    function setWithdrawQueue(Id[] calldata queue) external {
        _withdrawQueue = queue;
    }

    /// @notice Sets the fee (WAD) after taking the fee due at the old one.
    /// @param newFee The new fee.
    /// @param recipient The fee recipient.
    function setFee(uint96 newFee, address recipient) external {
        _accrueFee();
        fee = newFee;
        feeRecipient = recipient;
    }

    /// @inheritdoc ERC4626
    function totalAssets() public view override returns (uint256 assets) {
        for (uint256 i; i < _withdrawQueue.length; ++i) {
            assets += _morpho.expectedSupplyAssets(_morpho.idToMarketParams(_withdrawQueue[i]), address(this));
        }
    }

    /// @inheritdoc ERC4626
    function maxDeposit(address) public view override returns (uint256 room) {
        for (uint256 i; i < _supplyQueue.length; ++i) {
            Id id = _supplyQueue[i];
            uint256 supplied = _morpho.expectedSupplyAssets(_morpho.idToMarketParams(id), address(this));
            uint256 cap = _config[id].cap;
            if (cap > supplied) room += cap - supplied;
        }
    }

    /// @inheritdoc ERC4626
    function maxWithdraw(address owner) public view override returns (uint256) {
        uint256 liquid;
        for (uint256 i; i < _withdrawQueue.length; ++i) {
            MarketParams memory params = _morpho.idToMarketParams(_withdrawQueue[i]);
            (uint256 supplyAssets, uint256 supplyShares, uint256 borrowAssets,) = _morpho.expectedMarketBalances(params);
            uint256 own = _morpho.supplyShares(params.id(), address(this)).toAssetsDown(supplyAssets, supplyShares);
            liquid += Math.min(own, supplyAssets - borrowAssets);
        }
        return Math.min(previewRedeem(balanceOf(owner)), liquid);
    }

    /// @inheritdoc ERC4626
    function maxRedeem(address owner) public view override returns (uint256) {
        return Math.min(balanceOf(owner), previewWithdraw(maxWithdraw(owner)));
    }

    function _decimalsOffset() internal view override returns (uint8) {
        return _offset;
    }

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        _accrueFee();
        super._deposit(caller, receiver, assets, shares);
        _supplyMorpho(assets);
        lastTotalAssets = totalAssets();
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        _accrueFee();
        _withdrawMorpho(assets);
        super._withdraw(caller, receiver, owner, assets, shares);
        lastTotalAssets = totalAssets();
    }

    function _supplyMorpho(uint256 assets) internal {
        for (uint256 i; i < _supplyQueue.length; ++i) {
            Id id = _supplyQueue[i];
            uint256 cap = _config[id].cap;
            if (cap == 0) continue;
            MarketParams memory params = _morpho.idToMarketParams(id);
            _morpho.accrueInterest(params);
            Market memory m = _morpho.market(id);
            uint256 supplied =
                _morpho.supplyShares(id, address(this)).toAssetsUp(m.totalSupplyAssets, m.totalSupplyShares);
            uint256 toSupply = Math.min(cap > supplied ? cap - supplied : 0, assets);
            if (toSupply != 0) {
                try _morpho.supply(params, toSupply, 0, address(this), "") {
                    assets -= toSupply;
                } catch {}
            }
            if (assets == 0) return;
        }
        revert AllCapsReached();
    }

    function _withdrawMorpho(uint256 assets) internal {
        for (uint256 i; i < _withdrawQueue.length; ++i) {
            Id id = _withdrawQueue[i];
            MarketParams memory params = _morpho.idToMarketParams(id);
            _morpho.accrueInterest(params);
            Market memory m = _morpho.market(id);
            uint256 own = _morpho.supplyShares(id, address(this)).toAssetsDown(m.totalSupplyAssets, m.totalSupplyShares);
            uint256 liquidity =
                Math.min(m.totalSupplyAssets - m.totalBorrowAssets, IERC20(asset()).balanceOf(address(_morpho)));
            uint256 toWithdraw = Math.min(Math.min(own, liquidity), assets);
            if (toWithdraw != 0) {
                try _morpho.withdraw(params, toWithdraw, 0, address(this), address(this)) {
                    assets -= toWithdraw;
                } catch {}
            }
            if (assets == 0) return;
        }
        revert NotEnoughLiquidity();
    }

    /// @dev Mints the fee on the interest since lastTotalAssets to the fee recipient, as MetaMorpho's _accrueFee.
    function _accrueFee() internal {
        uint256 total = totalAssets();
        if (fee == 0 || feeRecipient == address(0) || total <= lastTotalAssets) return;
        uint256 feeAssets = Math.mulDiv(total - lastTotalAssets, fee, 1e18);
        uint256 feeShares = Math.mulDiv(feeAssets, totalSupply() + 10 ** _offset, total - feeAssets + 1);
        if (feeShares != 0) _mint(feeRecipient, feeShares);
    }
}
