// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @notice The vault views a probing TestSource reads.
interface IVaultViews {
    function totalAssets() external view returns (uint256);
    function totalSupply() external view returns (uint256);
    function convertToAssets(uint256 shares) external view returns (uint256);
}

/// @notice A configurable source for tests, exposing the ISource functions the vault calls (it does not inherit
/// ISource so that additions to the interface do not break it): holds the asset itself and can misbehave on
/// demand (charge a withdrawal fee, lie about its liquidity, re-enter the vault, lose funds, revert on every call,
/// burn all the gas it is given on every call or only in withdraw), and can record what the vault's views say while
/// its withdraw runs.
contract TestSource {
    using SafeERC20 for IERC20;

    address public immutable asset;
    address public immutable vault;
    /// @notice Fee (bps) kept back and burnt on every withdrawal, so the vault receives less than asked.
    uint256 public withdrawFeeBps;
    /// @notice When set, maxWithdraw() reports `fakeMaxWithdraw` instead of the truth.
    bool public lieAboutLiquidity;
    uint256 public fakeMaxWithdraw;
    /// @notice When set, deposit() and withdraw() call `reenterTarget` with `reenterData` first (bubbling reverts).
    address public reenterTarget;
    bytes public reenterData;
    /// @notice When set, every ISource function reverts.
    bool public broken;
    /// @notice When set, every ISource function burns all the gas it is given.
    bool public gasBurner;
    /// @notice When set, withdraw() burns all the gas it is given (its views still work).
    bool public withdrawBurner;
    /// @notice When set, withdraw() records the vault's totalAssets(), totalSupply() and convertToAssets(1e18)
    /// before paying out, and totalAssets() and the price again after: what anyone pricing the vault's share would
    /// read during the call.
    bool public probe;
    uint256 public seenTotalAssets;
    uint256 public seenTotalSupply;
    uint256 public seenPrice;
    uint256 public seenPaidTotalAssets;
    uint256 public seenPaidPrice;
    /// @notice The `assets` of the last withdraw call (type(uint256).max: asked for the whole position).
    uint256 public lastAsked;

    error Broken();

    modifier working() {
        if (broken) revert Broken();
        if (gasBurner) {
            while (true) {}
        }
        _;
    }

    constructor(address vault_, address asset_) {
        vault = vault_;
        asset = asset_;
    }

    function setWithdrawFeeBps(uint256 bps) external {
        withdrawFeeBps = bps;
    }

    function setFakeMaxWithdraw(bool on, uint256 value) external {
        lieAboutLiquidity = on;
        fakeMaxWithdraw = value;
    }

    function setBroken(bool on) external {
        broken = on;
    }

    function setGasBurner(bool on) external {
        gasBurner = on;
    }

    function setWithdrawBurner(bool on) external {
        withdrawBurner = on;
    }

    function setProbe(bool on) external {
        probe = on;
    }

    function setReenter(address target, bytes calldata data) external {
        reenterTarget = target;
        reenterData = data;
    }

    /// @notice Loses `amount` of the held assets (sends them to a dead address).
    function lose(uint256 amount) external {
        IERC20(asset).safeTransfer(address(0xdead), amount);
    }

    function totalAssets() public view working returns (uint256) {
        return IERC20(asset).balanceOf(address(this));
    }

    function maxWithdraw() public view working returns (uint256) {
        return lieAboutLiquidity ? fakeMaxWithdraw : totalAssets();
    }

    function position() external view working returns (uint256 assets, uint256 liquid) {
        return (totalAssets(), maxWithdraw());
    }

    function maxDeposit() external view working returns (uint256) {
        return type(uint256).max;
    }

    function supplyRate() external view working returns (uint256) {
        return 0;
    }

    function supplyRateAfter(uint256, uint256) external view working returns (uint256) {
        return 0;
    }

    function deposit(uint256 assets) external working {
        require(msg.sender == vault, "TestSource: not vault");
        _reenter();
        assets; // the vault sent them just before (ISource.deposit)
    }

    function withdraw(uint256 assets, address receiver) external working returns (uint256 sent) {
        require(msg.sender == vault, "TestSource: not vault");
        lastAsked = assets;
        if (assets == type(uint256).max) assets = totalAssets(); // the whole position (ISource.withdraw)
        if (withdrawBurner) {
            while (true) {}
        }
        if (probe) {
            seenTotalAssets = IVaultViews(vault).totalAssets();
            seenTotalSupply = IVaultViews(vault).totalSupply();
            seenPrice = IVaultViews(vault).convertToAssets(1e18);
        }
        _reenter();
        uint256 fee = (assets * withdrawFeeBps) / 10_000;
        sent = assets - fee;
        if (fee != 0) IERC20(asset).safeTransfer(address(0xdead), fee);
        IERC20(asset).safeTransfer(receiver, sent);
        if (probe) {
            seenPaidTotalAssets = IVaultViews(vault).totalAssets();
            seenPaidPrice = IVaultViews(vault).convertToAssets(1e18);
        }
    }

    function _reenter() internal {
        if (reenterTarget == address(0)) return;
        (bool ok, bytes memory ret) = reenterTarget.call(reenterData);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
