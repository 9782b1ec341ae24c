package devchain

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/contracts"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// aaveLogic is the source folder of Aave's logic libraries, whose fully
// qualified names solc hashes into the link placeholders.
const aaveLogic = "@aave/core-v3/contracts/protocol/libraries/logic/"

// aaveCollateral is what each real Aave market's borrower supplies as
// collateral, in whole tokens priced 1:1 with the asset (LTV 80%): far above
// any debt the simulator takes.
const aaveCollateral = 1e12

// aaveDeployment is what the chain's real Aave markets share: the Pool's
// logic libraries, the mock price oracle (the asset and the collateral at
// 1) and the collateral token.
type aaveDeployment struct {
	libs       map[string]common.Address
	oracle     common.Address
	collateral common.Address
	coll       *bindings.MockStablecoin
}

// aaveArtifact is a contract of the npm package @aave/core-v3 as
// scripts/compile-contracts.js built it (contracts/artifacts/Aave*.json).
type aaveArtifact struct {
	abi      abi.ABI
	bytecode string // hex, with solc's link placeholders
}

func loadAaveArtifact(name string) (aaveArtifact, error) {
	raw, err := contracts.Artifact(name)
	if err != nil {
		return aaveArtifact{}, err
	}
	var a struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return aaveArtifact{}, fmt.Errorf("artifact %s: %w", name, err)
	}
	parsed, err := abi.JSON(bytes.NewReader(a.ABI))
	if err != nil {
		return aaveArtifact{}, fmt.Errorf("artifact %s: abi: %w", name, err)
	}
	return aaveArtifact{abi: parsed, bytecode: strings.TrimPrefix(a.Bytecode, "0x")}, nil
}

// aavePlaceholder is solc's link placeholder of Aave's logic library lib:
// 34 hex digits of keccak256 of its fully qualified name between __$ and $__.
func aavePlaceholder(lib string) string {
	h := crypto.Keccak256([]byte(aaveLogic + lib + ".sol:" + lib))
	return "__$" + hex.EncodeToString(h)[:34] + "$__"
}

// deployAave deploys the artifact Aave<name>, each library it links replaced
// by its address in libs, and returns it bound to its ABI.
func (c *Chain) deployAave(ctx context.Context, gov *bind.TransactOpts, name string, libs map[string]common.Address,
	args ...interface{}) (common.Address, *bind.BoundContract, error) {
	a, err := loadAaveArtifact("Aave" + name)
	if err != nil {
		return common.Address{}, nil, err
	}
	code := a.bytecode
	for lib, at := range libs {
		code = strings.ReplaceAll(code, aavePlaceholder(lib), hex.EncodeToString(at.Bytes()))
	}
	if strings.Contains(code, "__$") {
		return common.Address{}, nil, fmt.Errorf("deploying Aave's %s: a library is not linked", name)
	}
	addr, tx, bc, err := bind.DeployContract(gov, a.abi, common.FromHex(code), c.Client, args...)
	if err := c.mine(ctx, "deploying Aave's "+name, tx, err); err != nil {
		return common.Address{}, nil, err
	}
	return addr, bc, nil
}

// aaveCall sends method to bc and mines it.
func (c *Chain) aaveCall(ctx context.Context, o *bind.TransactOpts, what string, bc *bind.BoundContract, method string,
	args ...interface{}) error {
	tx, err := bc.Transact(o, method, args...)
	return c.mine(ctx, what, tx, err)
}

// aaveShared deploys what the chain's real Aave markets share on first use.
func (c *Chain) aaveShared(ctx context.Context, gov *bind.TransactOpts) (*aaveDeployment, error) {
	if c.aaveChain != nil {
		return c.aaveChain, nil
	}
	d := &aaveDeployment{libs: map[string]common.Address{}}
	for _, lib := range []string{"BorrowLogic", "BridgeLogic", "EModeLogic", "LiquidationLogic", "PoolLogic", "SupplyLogic",
		"ConfiguratorLogic"} {
		addr, _, err := c.deployAave(ctx, gov, lib, nil)
		if err != nil {
			return nil, err
		}
		d.libs[lib] = addr
	}
	flash, _, err := c.deployAave(ctx, gov, "FlashLoanLogic", map[string]common.Address{"BorrowLogic": d.libs["BorrowLogic"]})
	if err != nil {
		return nil, err
	}
	d.libs["FlashLoanLogic"] = flash
	addr, tx, coll, err := bindings.DeployMockStablecoin(gov, c.Client, "Aave collateral", "aCOL")
	if err := c.mine(ctx, "deploying Aave's collateral token", tx, err); err != nil {
		return nil, err
	}
	d.collateral, d.coll = addr, coll
	var oracle *bind.BoundContract
	if d.oracle, oracle, err = c.deployAave(ctx, gov, "PriceOracle", nil); err != nil {
		return nil, err
	}
	for _, asset := range []common.Address{c.Token, d.collateral} {
		if err := c.aaveCall(ctx, gov, "pricing "+asset.Hex()+" on Aave's oracle", oracle, "setAssetPrice", asset,
			big.NewInt(1e8)); err != nil {
			return nil, err
		}
	}
	c.aaveChain = d
	return d, nil
}

// aaveReserveInput is Aave's ConfiguratorInputTypes.InitReserveInput.
type aaveReserveInput struct {
	ATokenImpl                  common.Address
	StableDebtTokenImpl         common.Address
	VariableDebtTokenImpl       common.Address
	UnderlyingAssetDecimals     uint8
	InterestRateStrategyAddress common.Address
	UnderlyingAsset             common.Address
	Treasury                    common.Address
	IncentivesController        common.Address
	ATokenName                  string
	ATokenSymbol                string
	VariableDebtTokenName       string
	VariableDebtTokenSymbol     string
	StableDebtTokenName         string
	StableDebtTokenSymbol       string
	Params                      []byte
}

// realAave reports whether pc is deployed on the real Aave v3 (kind aave
// acting as v3.0, the default: the npm package is Aave v3.0.2) rather than
// on the local LendingPool (v3.1 and v3.2, which npm does not publish).
func realAave(pc config.Pool) bool {
	return pc.Kind == config.PoolAave && (pc.AaveVersion == "" || pc.AaveVersion == "3.0")
}

// deployAaveMarket deploys p as a market of the real Aave v3 (the npm
// package @aave/core-v3 1.19.3, Aave v3.0.2): its addresses provider, ACL
// manager, Pool and PoolConfigurator behind the provider's proxies, a
// DefaultReserveInterestRateStrategy with p's curve and the aToken and debt
// token implementations; the configurator lists the asset (borrowing on, p's
// reserve factor) and the collateral token (LTV 80%), and the borrower
// supplies its collateral. The deployer is the market's owner and admin.
func (c *Chain) deployAaveMarket(ctx context.Context, gov *bind.TransactOpts, p *Pool) error {
	pc := p.Config
	d, err := c.aaveShared(ctx, gov)
	if err != nil {
		return err
	}
	rates := make([]*big.Int, 4)
	for j, f := range []float64{pc.OptimalUtilisation, pc.BaseRate, pc.Slope1, pc.Slope2} {
		if rates[j], err = vaults.RayFromFraction(f); err != nil {
			return fmt.Errorf("chain.embedded.pools %s: rate %v: %w", pc.Name, f, err)
		}
	}
	providerAddr, provider, err := c.deployAave(ctx, gov, "PoolAddressesProvider", nil, pc.Name, gov.From)
	if err != nil {
		return err
	}
	if err := c.aaveCall(ctx, gov, "setting Aave's ACL admin", provider, "setACLAdmin", gov.From); err != nil {
		return err
	}
	aclAddr, acl, err := c.deployAave(ctx, gov, "ACLManager", nil, providerAddr)
	if err != nil {
		return err
	}
	if err := c.aaveCall(ctx, gov, "setting Aave's ACL manager", provider, "setACLManager", aclAddr); err != nil {
		return err
	}
	if err := c.aaveCall(ctx, gov, "adding Aave's pool admin", acl, "addPoolAdmin", gov.From); err != nil {
		return err
	}
	impl, _, err := c.deployAave(ctx, gov, "Pool", d.libs, providerAddr)
	if err != nil {
		return err
	}
	if err := c.aaveCall(ctx, gov, "setting Aave's pool", provider, "setPoolImpl", impl); err != nil {
		return err
	}
	if impl, _, err = c.deployAave(ctx, gov, "PoolConfigurator", d.libs); err != nil {
		return err
	}
	if err := c.aaveCall(ctx, gov, "setting Aave's configurator", provider, "setPoolConfiguratorImpl", impl); err != nil {
		return err
	}
	if err := c.aaveCall(ctx, gov, "setting Aave's oracle", provider, "setPriceOracle", d.oracle); err != nil {
		return err
	}
	var pool, configuratorAddr common.Address
	for _, get := range []struct {
		method string
		to     *common.Address
	}{{"getPool", &pool}, {"getPoolConfigurator", &configuratorAddr}} {
		var out []interface{}
		if err := provider.Call(&bind.CallOpts{Context: ctx}, &out, get.method); err != nil {
			return fmt.Errorf("reading Aave's %s: %w", get.method, err)
		}
		*get.to = out[0].(common.Address)
	}
	zero := new(big.Int)
	strategy, _, err := c.deployAave(ctx, gov, "DefaultReserveInterestRateStrategy", nil, providerAddr,
		rates[0], rates[1], rates[2], rates[3], zero, zero, zero, zero, zero)
	if err != nil {
		return err
	}
	input := make([]aaveReserveInput, 2)
	for i, asset := range []common.Address{c.Token, d.collateral} {
		in := aaveReserveInput{UnderlyingAssetDecimals: Decimals, InterestRateStrategyAddress: strategy,
			UnderlyingAsset: asset, Treasury: gov.From, Params: []byte{}}
		for _, t := range []struct {
			name string
			to   *common.Address
		}{{"AToken", &in.ATokenImpl}, {"StableDebtToken", &in.StableDebtTokenImpl}, {"VariableDebtToken", &in.VariableDebtTokenImpl}} {
			if *t.to, _, err = c.deployAave(ctx, gov, t.name, nil, pool); err != nil {
				return err
			}
		}
		sym := fmt.Sprintf("%s%d", pc.Name, i)
		in.ATokenName, in.ATokenSymbol = "Aave "+sym, "a"+sym
		in.VariableDebtTokenName, in.VariableDebtTokenSymbol = "Aave variable debt "+sym, "variableDebt"+sym
		in.StableDebtTokenName, in.StableDebtTokenSymbol = "Aave stable debt "+sym, "stableDebt"+sym
		input[i] = in
	}
	configurator := bind.NewBoundContract(configuratorAddr, mustAaveABI("PoolConfigurator"), c.Client, c.Client, c.Client)
	rf := big.NewInt(int64(pc.ReserveFactor*10_000 + 0.5))
	for _, step := range []struct {
		what, method string
		args         []interface{}
	}{
		{"listing " + pc.Name + " on Aave", "initReserves", []interface{}{input}},
		{"enabling borrowing on " + pc.Name, "setReserveBorrowing", []interface{}{c.Token, true}},
		{"setting the reserve factor of " + pc.Name, "setReserveFactor", []interface{}{c.Token, rf}},
		{"making " + pc.Name + "'s collateral", "configureReserveAsCollateral",
			[]interface{}{d.collateral, big.NewInt(8000), big.NewInt(8500), big.NewInt(10500)}},
	} {
		if err := c.aaveCall(ctx, gov, step.what, configurator, step.method, step.args...); err != nil {
			return err
		}
	}
	p.Address = pool
	if p.Contract, err = bindings.NewLendingPool(pool, c.Client); err != nil {
		return err
	}
	// What the simulator reads: the aToken (free liquidity is its balance of
	// the asset) and the variable debt token (the debt).
	// (The port's binding speaks Aave's IPool for these calls: the same ABI.)
	reserve, err := p.Contract.GetReserveData(&bind.CallOpts{Context: ctx}, c.Token)
	if err != nil {
		return fmt.Errorf("reading %s's reserve: %w", pc.Name, err)
	}
	p.aaveAToken, p.aaveDebtToken = reserve.ATokenAddress, reserve.VariableDebtTokenAddress

	// The borrower's collateral, supplied once.
	borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
	coll := Tokens(aaveCollateral)
	if err := c.mintApprove(ctx, d.coll, gov, p.borrower, borrower, pool, coll, coll); err != nil {
		return err
	}
	bo, err := c.opts(ctx, p.borrower)
	if err != nil {
		return err
	}
	tx, err := p.Contract.Supply(bo, d.collateral, coll, borrower, 0)
	return c.mine(ctx, "supplying collateral to "+pc.Name, tx, err)
}

// mustAaveABI is the ABI of the artifact Aave<name>, embedded in the binary.
func mustAaveABI(name string) abi.ABI {
	a, err := loadAaveArtifact("Aave" + name)
	if err != nil {
		panic("devchain: " + err.Error()) // the artifacts are embedded
	}
	return a.abi
}

// aaveBalances reads a real Aave market as its borrower sees it: the debt
// is the variable debt token's supply, the free liquidity the aToken's
// balance of the asset (Aave v3.0 has no virtual balance), the supply their
// sum. Borrowing and repaying go through the same calls as on the port.
func (c *Chain) aaveBalances(p *Pool) func(*bind.CallOpts) (*big.Int, *big.Int, *big.Int, error) {
	return func(call *bind.CallOpts) (*big.Int, *big.Int, *big.Int, error) {
		debtToken, err := bindings.NewMockStablecoin(p.aaveDebtToken, c.Client)
		if err != nil {
			return nil, nil, nil, err
		}
		debt, err := debtToken.TotalSupply(call)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("reading debt: %w", err)
		}
		free, err := c.token.BalanceOf(call, p.aaveAToken)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("reading liquidity: %w", err)
		}
		return debt, new(big.Int).Add(debt, free), free, nil
	}
}
