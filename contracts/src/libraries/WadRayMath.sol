// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title WadRayMath
/// @notice Fixed-point math with wad (1e18) and ray (1e27) units, rounding half up, as in Aave v3's
/// WadRayMath/PercentageMath (pure Solidity, reverting on overflow instead of assembly checks).
library WadRayMath {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant HALF_WAD = 0.5e18;
    uint256 internal constant RAY = 1e27;
    uint256 internal constant HALF_RAY = 0.5e27;
    uint256 internal constant WAD_RAY_RATIO = 1e9;
    uint256 internal constant PERCENTAGE_FACTOR = 1e4;
    uint256 internal constant HALF_PERCENTAGE_FACTOR = 0.5e4;

    /// @dev a*b/RAY rounded half up.
    function rayMul(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * b + HALF_RAY) / RAY;
    }

    /// @dev a*RAY/b rounded half up.
    function rayDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * RAY + b / 2) / b;
    }

    /// @dev a*b/WAD rounded half up.
    function wadMul(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * b + HALF_WAD) / WAD;
    }

    /// @dev a*WAD/b rounded half up.
    function wadDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a * WAD + b / 2) / b;
    }

    /// @dev Converts a wad to a ray (a*1e9).
    function wadToRay(uint256 a) internal pure returns (uint256) {
        return a * WAD_RAY_RATIO;
    }

    /// @dev value*bps/1e4 rounded half up (Aave's PercentageMath.percentMul).
    function percentMul(uint256 value, uint256 bps) internal pure returns (uint256) {
        return (value * bps + HALF_PERCENTAGE_FACTOR) / PERCENTAGE_FACTOR;
    }

    /// @dev value*1e4/bps rounded half up (Aave's PercentageMath.percentDiv).
    function percentDiv(uint256 value, uint256 bps) internal pure returns (uint256) {
        return (value * PERCENTAGE_FACTOR + bps / 2) / bps;
    }
}
