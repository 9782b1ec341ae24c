package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// deploy deploys the market of the chain's config: the stablecoin, the
// timelock, the config registry and the vault, each pool and its adapter
// (added through the timelock with their caps), and the depositor's funds.
func (c *Chain) deploy(ctx context.Context, depositor *ecdsa.PrivateKey, sources []config.Source) error {
	gov, err := c.opts(ctx, c.deployer)
	if err != nil {
		return err
	}
	tokenAddr, tx, token, err := bindings.DeployMockStablecoin(gov, c.Client, "Vaultkeeper USD", "vkUSD")
	if err := c.mine(ctx, "deploying stablecoin", tx, err); err != nil {
		return err
	}
	c.Token, c.token = tokenAddr, token

	if err := c.deployTimelock(ctx, gov); err != nil {
		return err
	}
	regAddr, tx, _, err := bindings.DeployConfigRegistry(gov, c.Client, c.Timelock)
	if err := c.mine(ctx, "deploying the config registry", tx, err); err != nil {
		return err
	}
	c.Registry = regAddr
	minIdleBps := big.NewInt(int64(math.Round(c.cfg.MinIdle * 10_000)))
	vaultAddr, tx, vault, err := bindings.DeployVault(gov, c.Client, tokenAddr, "Vaultkeeper USD Vault", "vkvUSD",
		c.Timelock, c.Guardian, c.KeeperAddress, minIdleBps)
	if err := c.mine(ctx, "deploying vault", tx, err); err != nil {
		return err
	}
	c.Vault = vaultAddr
	vaultABI, err := bindings.VaultMetaData.GetAbi()
	if err != nil {
		return err
	}
	var addSources []Call

	for _, p := range c.Pools {
		if err := c.deployPool(ctx, gov, p); err != nil {
			return err
		}
		// On-chain caps: the relative cap is the keeper's cap for the source;
		// the absolute cap is ten times the demo deposit.
		relBps := int64(10_000)
		for _, s := range sources {
			if s.Name == p.Config.Name {
				relBps = int64(math.Round(s.Cap * 10_000))
			}
		}
		data, err := vaultABI.Pack("addSource", p.Adapter, Tokens(10*c.cfg.Deposit), big.NewInt(relBps))
		if err != nil {
			return fmt.Errorf("encoding addSource for %s: %w", p.Config.Name, err)
		}
		addSources = append(addSources, Call{Target: vaultAddr, Data: data})
	}

	// Governance adds the sources through the timelock, as it would on mainnet.
	if err := c.Govern(ctx, "add sources", addSources...); err != nil {
		return err
	}

	c.Depositor, c.depositorKey = crypto.PubkeyToAddress(depositor.PublicKey), depositor
	// The depositor keeps as much again in its wallet, to deposit by hand
	// on the demo chain.
	dep := Tokens(c.cfg.Deposit)
	if err := c.mintApprove(ctx, token, gov, depositor, c.Depositor, vaultAddr, new(big.Int).Lsh(dep, 1), dep); err != nil {
		return err
	}
	do, err := c.opts(ctx, depositor)
	if err != nil {
		return err
	}
	tx, err = vault.Deposit(do, dep, c.Depositor)
	return c.mine(ctx, "depositing into the vault", tx, err)
}

// deployPool deploys p's protocol and the vault's adapter for it, lets
// other lenders supply its liquidity and (lending kinds) the borrower take
// the initial utilisation.
func (c *Chain) deployPool(ctx context.Context, gov *bind.TransactOpts, p *Pool) error {
	pc := p.Config
	var (
		tx     *types.Transaction
		err    error
		supply func(lo *bind.TransactOpts, amount *big.Int) (*types.Transaction, error)
	)
	switch pc.Kind {
	case config.PoolComet:
		r := pc.CometRates()
		params := make([]uint64, 7)
		for j, f := range []float64{r.Kink, r.SupplySlopeLow, r.SupplySlopeHigh, r.SupplyBase, r.BorrowSlopeLow, r.BorrowSlopeHigh, r.BorrowBase} {
			if params[j], err = wadUint64(f); err != nil {
				return fmt.Errorf("chain.embedded.pools %s: comet parameter %v: %w", pc.Name, f, err)
			}
		}
		p.Address, tx, p.Comet, err = bindings.DeployComet(gov, c.Client, c.Token, params[0], params[1], params[2], params[3], params[0], params[4], params[5], params[6])
		if err := c.mine(ctx, "deploying comet "+pc.Name, tx, err); err != nil {
			return err
		}
		p.Adapter, tx, _, err = bindings.DeployCompoundV3Adapter(gov, c.Client, c.Vault, p.Address, c.Token)
		supply = func(lo *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Comet.Supply(lo, c.Token, amount)
		}
	case config.PoolMorpho:
		if p.Adapter, supply, err = c.deployMorphoMarket(ctx, gov, p); err != nil {
			return err
		}
	case config.PoolERC4626:
		p.Address, tx, p.Vault4626, err = bindings.DeployMock4626(gov, c.Client, c.Token, "Local 4626 "+pc.Name, "v"+pc.Name)
		if err := c.mine(ctx, "deploying erc4626 vault "+pc.Name, tx, err); err != nil {
			return err
		}
		p.Adapter, tx, _, err = bindings.DeployERC4626Adapter(gov, c.Client, c.Vault, p.Address)
		supply = func(lo *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Vault4626.Deposit(lo, amount, crypto.PubkeyToAddress(p.lender.PublicKey))
		}
	default:
		if realAave(pc) {
			if err := c.deployAaveMarket(ctx, gov, p); err != nil {
				return err
			}
		} else if err := c.deployLendingPool(ctx, gov, p); err != nil {
			return err
		}
		p.Adapter, tx, _, err = bindings.DeployAaveV3Adapter(gov, c.Client, c.Vault, p.Address, c.Token)
		supply = func(lo *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Contract.Supply(lo, c.Token, amount, crypto.PubkeyToAddress(p.lender.PublicKey), 0)
		}
	}
	if pc.Kind != config.PoolMorpho {
		if err := c.mine(ctx, "deploying adapter for "+pc.Name, tx, err); err != nil {
			return err
		}
	}

	// Other lenders supply the liquidity; the borrower (who repays, or pays
	// an ERC-4626 vault's yield, many times over a run) approves without
	// limit — only this local actor does so — and takes the initial
	// utilisation of a lending pool.
	lender := crypto.PubkeyToAddress(p.lender.PublicKey)
	liq := Tokens(pc.Liquidity)
	if err := c.mintApprove(ctx, c.token, gov, p.lender, lender, p.Address, liq, liq); err != nil {
		return err
	}
	lo, err := c.opts(ctx, p.lender)
	if err != nil {
		return err
	}
	tx, err = supply(lo, liq)
	if err := c.mine(ctx, "supplying to "+pc.Name, tx, err); err != nil {
		return err
	}
	maxApproval := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
	if err := c.mintApprove(ctx, c.token, gov, p.borrower, borrower, p.Address, liq, maxApproval); err != nil {
		return err
	}
	if debt := Tokens(pc.Liquidity * pc.Utilisation); pc.Kind != config.PoolERC4626 && debt.Sign() > 0 {
		bo, err := c.opts(ctx, p.borrower)
		if err != nil {
			return err
		}
		tx, err = c.lending(p).borrow(bo, debt)
		if err := c.mine(ctx, "borrowing from "+pc.Name, tx, err); err != nil {
			return err
		}
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the head after deploying %s: %w", pc.Name, err)
	}
	p.yieldAt = head.Time
	return nil
}

// deployLendingPool deploys p on the local LendingPool acting as p's Aave
// version (3.1 or 3.2: realAave pools are the real Aave v3.0).
func (c *Chain) deployLendingPool(ctx context.Context, gov *bind.TransactOpts, p *Pool) error {
	pc := p.Config
	rates := make([]*big.Int, 4)
	var err error
	for j, f := range []float64{pc.BaseRate, pc.Slope1, pc.Slope2, pc.OptimalUtilisation} {
		if rates[j], err = vaults.RayFromFraction(f); err != nil {
			return fmt.Errorf("chain.embedded.pools %s: rate %v: %w", pc.Name, f, err)
		}
	}
	rf := big.NewInt(int64(math.Round(pc.ReserveFactor * 10_000)))
	var tx *types.Transaction
	p.Address, tx, p.Contract, err = bindings.DeployLendingPool(gov, c.Client, c.Token, rates[0], rates[1], rates[2], rates[3], rf, pc.AaveRateAbi())
	return c.mine(ctx, "deploying pool "+pc.Name, tx, err)
}

// wadUint64 converts a fraction into a 1e18-scaled uint64, exactly for the
// decimal the float was written as.
func wadUint64(f float64) (uint64, error) {
	r, err := vaults.RayFromFraction(f)
	if err != nil {
		return 0, err
	}
	w := r.Quo(r, big.NewInt(1e9))
	if !w.IsUint64() {
		return 0, fmt.Errorf("%v: above a uint64 at 1e18 scale", f)
	}
	return w.Uint64(), nil
}

// mintApprove mints amount to holder and approves spender for allowance.
func (c *Chain) mintApprove(ctx context.Context, token *bindings.MockStablecoin, gov *bind.TransactOpts, holderKey *ecdsa.PrivateKey, holder, spender common.Address, amount, allowance *big.Int) error {
	tx, err := token.Mint(gov, holder, amount)
	if err := c.mine(ctx, "minting to "+holder.Hex(), tx, err); err != nil {
		return err
	}
	ho, err := c.opts(ctx, holderKey)
	if err != nil {
		return err
	}
	tx, err = token.Approve(ho, spender, allowance)
	return c.mine(ctx, "approving "+spender.Hex(), tx, err)
}
