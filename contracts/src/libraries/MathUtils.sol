// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {WadRayMath} from "./WadRayMath.sol";

/// @title MathUtils
/// @notice Aave v3's interest accumulation helpers (MathUtils.sol).
library MathUtils {
    using WadRayMath for uint256;

    uint256 internal constant SECONDS_PER_YEAR = 365 days;

    /// @dev Linear interest factor (ray) accumulated since `lastUpdateTimestamp`: 1 + rate*dt/year.
    function calculateLinearInterest(uint256 rate, uint256 lastUpdateTimestamp) internal view returns (uint256) {
        return WadRayMath.RAY + (rate * (block.timestamp - lastUpdateTimestamp)) / SECONDS_PER_YEAR;
    }

    /// @dev Compounded interest factor (ray) using Aave's 3-term binomial approximation of (1+rate/year)^dt.
    function calculateCompoundedInterest(uint256 rate, uint256 lastUpdateTimestamp, uint256 currentTimestamp)
        internal
        pure
        returns (uint256)
    {
        uint256 exp = currentTimestamp - lastUpdateTimestamp;
        if (exp == 0) return WadRayMath.RAY;
        uint256 expMinusOne = exp - 1;
        uint256 expMinusTwo = exp > 2 ? exp - 2 : 0;
        uint256 basePowerTwo = rate.rayMul(rate) / (SECONDS_PER_YEAR * SECONDS_PER_YEAR);
        uint256 basePowerThree = basePowerTwo.rayMul(rate) / SECONDS_PER_YEAR;
        uint256 secondTerm = (exp * expMinusOne * basePowerTwo) / 2;
        uint256 thirdTerm = (exp * expMinusOne * expMinusTwo * basePowerThree) / 6;
        return WadRayMath.RAY + (rate * exp) / SECONDS_PER_YEAR + secondTerm + thirdTerm;
    }

    /// @dev Compounded interest factor up to the current block.
    function calculateCompoundedInterest(uint256 rate, uint256 lastUpdateTimestamp) internal view returns (uint256) {
        return calculateCompoundedInterest(rate, lastUpdateTimestamp, block.timestamp);
    }
}
