// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPoolAddressesProvider} from "@aave/core-v3/contracts/interfaces/IPoolAddressesProvider.sol";
import {IACLManager} from "@aave/core-v3/contracts/interfaces/IACLManager.sol";
import {IPoolConfigurator} from "@aave/core-v3/contracts/interfaces/IPoolConfigurator.sol";
import {IPriceOracle} from "@aave/core-v3/contracts/interfaces/IPriceOracle.sol";
import {ConfiguratorInputTypes} from "@aave/core-v3/contracts/protocol/libraries/types/ConfiguratorInputTypes.sol";

import {TestBase} from "./TestBase.sol";
import {IAaveV3Pool} from "../../src/interfaces/IAaveV3Pool.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";

/// @notice The cheatcodes the Aave v3 deployment uses beyond Vm.sol (same cheatcode address).
interface AaveVm {
    function deployCode(string calldata artifactPath) external returns (address);
    function deployCode(string calldata artifactPath, bytes calldata constructorArgs) external returns (address);
    function readFile(string calldata path) external view returns (string memory);
    function parseJsonString(string calldata json, string calldata key) external pure returns (string memory);
    function replace(string calldata input, string calldata from, string calldata to)
        external
        pure
        returns (string memory);
    function parseBytes(string calldata value) external pure returns (bytes memory);
    function toString(bytes32 value) external pure returns (string memory);
    function toString(address value) external pure returns (string memory);
}

/// @notice A real Aave v3 market for the tests: the contracts of the pinned npm package @aave/core-v3 (1.19.3, Aave
/// v3.0.2), deployed from contracts/artifacts/Aave*.json, which scripts/compile-contracts.js builds with solc 0.8.10
/// at Aave's own settings (forge builds with one compiler, 0.8.37). Deployed as Aave deploys a market: a
/// PoolAddressesProvider, its ACLManager, the Pool and the PoolConfigurator behind the provider's proxies (Pool
/// linked to its logic libraries, deployed first), the package's mock PriceOracle, a
/// DefaultReserveInterestRateStrategy with the test's curve, and AToken, StableDebtToken and VariableDebtToken
/// implementations; the configurator then lists the asset (borrowing on, the chosen reserve factor) and a
/// collateral token (LTV 80%, liquidation threshold 85%), both priced at 1, so `_aaveBorrow` creates utilisation.
/// `_deployAaveMarket` deploys such a market and returns it (an `AaveMarket`), so a test can have several, each a
/// deployment of its own (Fixture's poolA and poolB); `_setUpAave` keeps one in the `aave*` state variables.
///
/// Linking: solc leaves `__$<34 hex>$__` in the creation code of a contract that calls a library's external
/// functions, 34 hex digits of keccak256 of the library's fully qualified name (the artifact's linkReferences list
/// the libraries and offsets). `_deployLinked` reads the artifact's bytecode as text, replaces each placeholder by
/// the deployed library's address and deploys the result, so no addresses are fixed ahead of time.
abstract contract AaveV3Setup is TestBase {
    AaveVm internal constant aaveVm = AaveVm(address(uint160(uint256(keccak256("hevm cheat code")))));

    string internal constant AAVE_LOGIC = "@aave/core-v3/contracts/protocol/libraries/logic/";
    /// Aave's oracle prices in the base currency's units (8 decimals, as USD feeds).
    uint256 internal constant AAVE_PRICE_ONE = 1e8;

    address internal aaveAdmin = address(0xAAD1);
    address internal aaveTreasury = address(0xAA7E);
    address internal aaveBorrower = address(0xAAB0);

    /// @notice One deployed Aave v3 market: its contracts, the listed asset's aToken and variable debt token, and the
    /// collateral token its borrowers supply.
    struct AaveMarket {
        IPoolAddressesProvider provider;
        IAaveV3Pool pool;
        IPoolConfigurator configurator;
        IPriceOracle oracle;
        MockStablecoin collateral;
        address asset;
        address aToken;
        address variableDebtToken;
    }

    /// @dev The market of `_setUpAave` (tests with one market use these; `_deployAaveMarket` returns others).
    IPoolAddressesProvider internal aaveProvider;
    IAaveV3Pool internal aavePool;
    IPoolConfigurator internal aaveConfigurator;
    IPriceOracle internal aaveOracle;
    MockStablecoin internal aaveCollateral;
    AaveMarket internal aaveMarket;

    /// @notice An interest rate curve (ray) and reserve factor (bps) for the listed asset.
    struct AaveCurve {
        uint256 baseVariableBorrowRate;
        uint256 variableRateSlope1;
        uint256 variableRateSlope2;
        uint256 optimalUsageRatio;
        uint256 reserveFactor;
    }

    /// @dev The vault tests' stablecoin curve (as Fixture's: base 0, slopes 4% and 60%, kink 80%) with `reserveFactor`.
    function _stableCurve(uint256 reserveFactor) internal pure returns (AaveCurve memory) {
        return AaveCurve({
            baseVariableBorrowRate: 0,
            variableRateSlope1: 0.04e27,
            variableRateSlope2: 0.6e27,
            optimalUsageRatio: 0.8e27,
            reserveFactor: reserveFactor
        });
    }

    /// @dev Deploys a market listing `asset` (6 decimals) with `curve` into the state variables above.
    function _setUpAave(address asset, AaveCurve memory curve) internal {
        AaveMarket memory m = _deployAaveMarket(asset, curve);
        aaveMarket = m;
        (aaveProvider, aavePool, aaveConfigurator, aaveOracle, aaveCollateral) =
        (m.provider, m.pool, m.configurator, m.oracle, m.collateral);
    }

    /// @dev Deploys a market of its own and lists `asset` (6 decimals) with `curve`, plus a collateral token.
    function _deployAaveMarket(address asset, AaveCurve memory curve) internal returns (AaveMarket memory m) {
        m.asset = asset;
        m.collateral = new MockStablecoin("Aave collateral", "ACOL"); // minted by this contract, its owner
        m.provider = IPoolAddressesProvider(
            aaveVm.deployCode("artifacts/AavePoolAddressesProvider.json", abi.encode("vaultkeeper", aaveAdmin))
        );
        vm.startPrank(aaveAdmin);
        m.provider.setACLAdmin(aaveAdmin);
        IACLManager acl =
            IACLManager(aaveVm.deployCode("artifacts/AaveACLManager.json", abi.encode(address(m.provider))));
        m.provider.setACLManager(address(acl));
        acl.addPoolAdmin(aaveAdmin);
        acl.addEmergencyAdmin(aaveAdmin);

        m.provider.setPoolImpl(_deployPoolImpl(address(m.provider)));
        m.pool = IAaveV3Pool(m.provider.getPool());
        string[] memory names = new string[](1);
        address[] memory libs = new address[](1);
        names[0] = "ConfiguratorLogic";
        libs[0] = aaveVm.deployCode("artifacts/AaveConfiguratorLogic.json");
        m.provider.setPoolConfiguratorImpl(_deployLinked("artifacts/AavePoolConfigurator.json", names, libs, ""));
        m.configurator = IPoolConfigurator(m.provider.getPoolConfigurator());
        m.oracle = IPriceOracle(aaveVm.deployCode("artifacts/AavePriceOracle.json"));
        m.provider.setPriceOracle(address(m.oracle));

        m.oracle.setAssetPrice(asset, AAVE_PRICE_ONE);
        m.oracle.setAssetPrice(address(m.collateral), AAVE_PRICE_ONE);
        ConfiguratorInputTypes.InitReserveInput[] memory input = new ConfiguratorInputTypes.InitReserveInput[](2);
        input[0] = _reserveInput(m, asset, _deployStrategy(m, curve), "USDC");
        input[1] = _reserveInput(m, address(m.collateral), _deployStrategy(m, curve), "ACOL");
        m.configurator.initReserves(input);
        m.configurator.setReserveBorrowing(asset, true);
        m.configurator.setReserveFactor(asset, curve.reserveFactor);
        m.configurator.configureReserveAsCollateral(address(m.collateral), 8000, 8500, 10500);
        vm.stopPrank();
        m.aToken = m.pool.getReserveData(asset).aTokenAddress;
        m.variableDebtToken = m.pool.getReserveData(asset).variableDebtTokenAddress;
        vm.label(address(m.pool), "AavePool");
    }

    /// @dev The Pool implementation for `provider`, linked to freshly deployed logic libraries (FlashLoanLogic links
    /// BorrowLogic, deployed first).
    function _deployPoolImpl(address provider) internal returns (address) {
        string[] memory names = new string[](7);
        (names[0], names[1], names[2], names[3]) = ("BorrowLogic", "BridgeLogic", "EModeLogic", "LiquidationLogic");
        (names[4], names[5], names[6]) = ("PoolLogic", "SupplyLogic", "FlashLoanLogic");
        address[] memory libs = new address[](7);
        for (uint256 i; i < 6; ++i) {
            libs[i] = aaveVm.deployCode(string.concat("artifacts/Aave", names[i], ".json"));
        }
        string[] memory borrowLogic = new string[](1);
        address[] memory borrowLogicAt = new address[](1);
        (borrowLogic[0], borrowLogicAt[0]) = (names[0], libs[0]);
        libs[6] = _deployLinked("artifacts/AaveFlashLoanLogic.json", borrowLogic, borrowLogicAt, "");
        return _deployLinked("artifacts/AavePool.json", names, libs, abi.encode(provider));
    }

    /// @dev A DefaultReserveInterestRateStrategy of market `m` with `curve` (no stable rate: its slopes and offsets
    /// are 0).
    function _deployStrategy(AaveMarket memory m, AaveCurve memory curve) internal returns (address) {
        return aaveVm.deployCode(
            "artifacts/AaveDefaultReserveInterestRateStrategy.json",
            abi.encode(
                address(m.provider),
                curve.optimalUsageRatio,
                curve.baseVariableBorrowRate,
                curve.variableRateSlope1,
                curve.variableRateSlope2,
                0,
                0,
                0,
                0,
                0
            )
        );
    }

    function _reserveInput(AaveMarket memory m, address asset, address strategy, string memory symbol)
        internal
        returns (ConfiguratorInputTypes.InitReserveInput memory input)
    {
        bytes memory poolArg = abi.encode(address(m.pool));
        input.aTokenImpl = aaveVm.deployCode("artifacts/AaveAToken.json", poolArg);
        input.stableDebtTokenImpl = aaveVm.deployCode("artifacts/AaveStableDebtToken.json", poolArg);
        input.variableDebtTokenImpl = aaveVm.deployCode("artifacts/AaveVariableDebtToken.json", poolArg);
        input.underlyingAssetDecimals = 6;
        input.interestRateStrategyAddress = strategy;
        input.underlyingAsset = asset;
        input.treasury = aaveTreasury;
        input.aTokenName = string.concat("Aave ", symbol);
        input.aTokenSymbol = string.concat("a", symbol);
        input.variableDebtTokenName = string.concat("Aave variable debt ", symbol);
        input.variableDebtTokenSymbol = string.concat("variableDebt", symbol);
        input.stableDebtTokenName = string.concat("Aave stable debt ", symbol);
        input.stableDebtTokenSymbol = string.concat("stableDebt", symbol);
    }

    /// @dev Deploys the artifact's creation code with each library `names[i]` (of Aave's logic folder) linked to
    /// `libs[i]`, followed by `args`.
    function _deployLinked(string memory artifact, string[] memory names, address[] memory libs, bytes memory args)
        internal
        returns (address deployed)
    {
        string memory code = aaveVm.parseJsonString(aaveVm.readFile(artifact), ".bytecode");
        for (uint256 i; i < names.length; ++i) {
            string memory fqn = string.concat(AAVE_LOGIC, names[i], ".sol:", names[i]);
            string memory hash = aaveVm.toString(keccak256(bytes(fqn))); // 0x + 64 hex digits
            string memory addr = aaveVm.toString(libs[i]); // 0x + 40 hex digits
            code = aaveVm.replace(code, string.concat("__$", _slice(hash, 2, 36), "$__"), _slice(addr, 2, 42));
        }
        bytes memory initCode = bytes.concat(aaveVm.parseBytes(code), args);
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
        }
        assertTrue(deployed != address(0), string.concat("deploy ", artifact));
    }

    function _slice(string memory s, uint256 from, uint256 to) private pure returns (string memory) {
        bytes memory out = new bytes(to - from);
        for (uint256 i = from; i < to; ++i) {
            out[i - from] = bytes(s)[i];
        }
        return string(out);
    }

    /// @dev `aaveBorrower` supplies twice `amount` of collateral (price 1, LTV 80%) and borrows `amount` of `asset`
    /// at the variable rate, on the market of `_setUpAave`.
    function _aaveBorrow(address asset, uint256 amount) internal {
        assertEq(asset, aaveMarket.asset, "the market's asset");
        _aaveBorrow(aaveMarket, aaveBorrower, amount);
    }

    /// @dev `who` supplies twice `amount` of market `m`'s collateral (price 1, LTV 80%) and borrows `amount` of the
    /// listed asset at the variable rate.
    function _aaveBorrow(AaveMarket memory m, address who, uint256 amount) internal {
        if (amount == 0) return;
        _aaveSupply(m, address(m.collateral), who, 2 * amount);
        vm.prank(who);
        m.pool.borrow(m.asset, amount, 2, 0, who);
    }

    /// @dev `who` supplies `amount` of `token` (a MockStablecoin this contract owns: the listed asset or the
    /// collateral) to market `m`, minted for it first.
    function _aaveSupply(AaveMarket memory m, address token, address who, uint256 amount) internal {
        MockStablecoin(token).mint(who, amount);
        vm.startPrank(who);
        MockStablecoin(token).approve(address(m.pool), amount);
        m.pool.supply(token, amount, who, 0);
        vm.stopPrank();
    }
}
