package devchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings/kinkedirm"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings/morpho"
)

// morphoLLTV is the kind-morpho markets' liquidation LTV (90%).
var morphoLLTV = new(big.Int).Mul(big.NewInt(9), big.NewInt(1e17))

// morphoCollateral is what each Morpho market's borrower posts, in whole
// collateral tokens priced 1:1 with the asset: far above any debt the
// simulator takes (at most 97% of the market's supply).
const morphoCollateral = 1e12

// morphoGas is the gas limit of the calls into Morpho that accrue a
// market's interest. Their gas is not estimated: whether the accrual calls
// the IRM depends on the time since the market's last update, which the
// estimate (on the pending block) may see as zero when the mined block does
// not.
const morphoGas = 600_000

// withGas is a copy of o with a fixed gas limit.
func withGas(o *bind.TransactOpts, limit uint64) *bind.TransactOpts {
	cp := *o
	cp.GasLimit = limit
	return &cp
}

// morphoDeployment is the one Morpho Blue of the chain (the npm package's
// Morpho.sol, from contracts/artifacts/Morpho.json), owned by the deployer,
// with the oracle (Morpho's OracleMock at price 1: ORACLE_PRICE_SCALE) and
// the collateral token every kind-morpho market uses, and the LLTV enabled.
type morphoDeployment struct {
	address    common.Address
	contract   *morpho.Morpho
	oracle     common.Address
	collateral common.Address
	coll       *bindings.MockStablecoin
}

// morphoBlue deploys the chain's Morpho Blue on first use.
func (c *Chain) morphoBlue(ctx context.Context, gov *bind.TransactOpts) (*morphoDeployment, error) {
	if c.morphoChain != nil {
		return c.morphoChain, nil
	}
	d := &morphoDeployment{}
	var (
		tx  *types.Transaction
		err error
	)
	d.address, tx, d.contract, err = morpho.DeployMorpho(gov, c.Client, gov.From)
	if err := c.mine(ctx, "deploying Morpho Blue", tx, err); err != nil {
		return nil, err
	}
	var oracle *bindings.OracleMock
	d.oracle, tx, oracle, err = bindings.DeployOracleMock(gov, c.Client)
	if err := c.mine(ctx, "deploying Morpho's oracle", tx, err); err != nil {
		return nil, err
	}
	tx, err = oracle.SetPrice(gov, new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil))
	if err := c.mine(ctx, "pricing Morpho's collateral", tx, err); err != nil {
		return nil, err
	}
	d.collateral, tx, d.coll, err = bindings.DeployMockStablecoin(gov, c.Client, "Morpho collateral", "mCOL")
	if err := c.mine(ctx, "deploying Morpho's collateral token", tx, err); err != nil {
		return nil, err
	}
	tx, err = d.contract.EnableLltv(gov, morphoLLTV)
	if err := c.mine(ctx, "enabling Morpho's LLTV", tx, err); err != nil {
		return nil, err
	}
	c.morphoChain = d
	return d, nil
}

// MorphoMarketID is Morpho Blue's id of a market: keccak256 of its five
// parameters, a 32-byte word each.
func MorphoMarketID(mp morpho.MarketParams) [32]byte {
	var b []byte
	for _, a := range []common.Address{mp.LoanToken, mp.CollateralToken, mp.Oracle, mp.Irm} {
		b = append(b, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	b = append(b, common.LeftPadBytes(mp.Lltv.Bytes(), 32)...)
	return crypto.Keccak256Hash(b)
}

// deployMorphoMarket creates p's market on the chain's Morpho Blue: a
// KinkedIrm with p's borrow curve (WAD yearly rates), the market fee
// p's reserve factor, the borrower's collateral posted; it deploys the
// vault's MorphoBlueAdapter and returns it with the lenders' supply.
func (c *Chain) deployMorphoMarket(ctx context.Context, gov *bind.TransactOpts, p *Pool) (common.Address,
	func(*bind.TransactOpts, *big.Int) (*types.Transaction, error), error) {
	pc := p.Config
	d, err := c.morphoBlue(ctx, gov)
	if err != nil {
		return common.Address{}, nil, err
	}
	wads := make([]*big.Int, 5)
	for j, f := range []float64{pc.BaseRate, pc.Slope1, pc.Slope2, pc.OptimalUtilisation, pc.ReserveFactor} {
		r, err := vaults.RayFromFraction(f)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("chain.embedded.pools %s: rate %v: %w", pc.Name, f, err)
		}
		wads[j] = r.Quo(r, big.NewInt(1e9))
	}
	irm, tx, _, err := kinkedirm.DeployKinkedIrm(gov, c.Client, wads[0], wads[1], wads[2], wads[3])
	if err := c.mine(ctx, "deploying the IRM of "+pc.Name, tx, err); err != nil {
		return common.Address{}, nil, err
	}
	tx, err = d.contract.EnableIrm(gov, irm)
	if err := c.mine(ctx, "enabling the IRM of "+pc.Name, tx, err); err != nil {
		return common.Address{}, nil, err
	}
	mp := morpho.MarketParams{LoanToken: c.Token, CollateralToken: d.collateral, Oracle: d.oracle, Irm: irm, Lltv: morphoLLTV}
	tx, err = d.contract.CreateMarket(gov, mp)
	if err := c.mine(ctx, "creating the Morpho market "+pc.Name, tx, err); err != nil {
		return common.Address{}, nil, err
	}
	if wads[4].Sign() > 0 {
		tx, err = d.contract.SetFee(withGas(gov, morphoGas), mp, wads[4])
		if err := c.mine(ctx, "setting the fee of "+pc.Name, tx, err); err != nil {
			return common.Address{}, nil, err
		}
	}
	p.Address, p.Morpho, p.MorphoMarket, p.MorphoID = d.address, d.contract, mp, MorphoMarketID(mp)

	// The borrower's collateral, posted once.
	borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
	coll := Tokens(morphoCollateral)
	if err := c.mintApprove(ctx, d.coll, gov, p.borrower, borrower, d.address, coll, coll); err != nil {
		return common.Address{}, nil, err
	}
	bo, err := c.opts(ctx, p.borrower)
	if err != nil {
		return common.Address{}, nil, err
	}
	tx, err = d.contract.SupplyCollateral(bo, mp, coll, borrower, nil)
	if err := c.mine(ctx, "posting collateral to "+pc.Name, tx, err); err != nil {
		return common.Address{}, nil, err
	}

	adapter, tx, _, err := bindings.DeployMorphoBlueAdapter(gov, c.Client, c.Vault, d.address, bindings.MarketParams(mp))
	if err := c.mine(ctx, "deploying adapter for "+pc.Name, tx, err); err != nil {
		return common.Address{}, nil, err
	}
	lender := crypto.PubkeyToAddress(p.lender.PublicKey)
	return adapter, func(lo *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
		return d.contract.Supply(withGas(lo, morphoGas), mp, amount, new(big.Int), lender, nil)
	}, nil
}

// morphoLending is a kind-morpho pool as its borrower sees it: debt and
// supply are the market's totals as last accrued.
func (c *Chain) morphoLending(p *Pool) lendingMarket {
	borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
	return lendingMarket{
		balances: func(call *bind.CallOpts) (*big.Int, *big.Int, *big.Int, error) {
			m, err := p.Morpho.Market(call, p.MorphoID)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("reading the Morpho market: %w", err)
			}
			free := new(big.Int).Sub(m.TotalSupplyAssets, m.TotalBorrowAssets)
			if free.Sign() < 0 {
				free.SetInt64(0)
			}
			return m.TotalBorrowAssets, m.TotalSupplyAssets, free, nil
		},
		borrow: func(o *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Morpho.Borrow(withGas(o, morphoGas), p.MorphoMarket, amount, new(big.Int), borrower, borrower)
		},
		repay: func(o *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Morpho.Repay(withGas(o, morphoGas), p.MorphoMarket, amount, new(big.Int), borrower, nil)
		},
	}
}
