// Package devchain runs the embedded default chain: go-ethereum's in-process
// simulated chain with a complete local market deployed on it — a 6-decimal
// stablecoin, one Aave v3 style lending pool per configured pool, their
// adapters and the vault — funded depositors, lenders and borrowers, and a
// market simulator that moves borrow demand so the best allocation changes.
//
// Blocks are sealed on a wall-clock timer; each interval also advances chain
// time by the configured block time, so interest accrues visibly in a demo.
// JSON-RPC is served on a loopback address so cast or a wallet can inspect
// the chain.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// ChainID is the simulated chain's ID (go-ethereum's dev chain).
var ChainID = new(big.Int).Set(params.AllDevChainProtocolChanges.ChainID)

// Decimals of the local stablecoin.
const Decimals = 6

// Pool is a deployed lending pool and the vault's adapter for it.
type Pool struct {
	Config   config.Pool
	Address  common.Address
	Adapter  common.Address
	Contract *bindings.LendingPool
	lender   *ecdsa.PrivateKey
	borrower *ecdsa.PrivateKey
}

// Chain is a running embedded chain with its market.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	// Keeper signs for the vault's keeper role; it exists only in memory.
	Keeper    *signer.Dev
	Token     common.Address
	Vault     common.Address
	Pools     []*Pool
	Depositor common.Address
	// RPCURL is the served JSON-RPC endpoint, or "" when none is served.
	RPCURL string

	cfg      config.Embedded
	log      *slog.Logger
	deployer *ecdsa.PrivateKey
	sim      *market
}

// Start creates the chain, deploys and funds the market, and returns once
// the vault holds the demo deposit and every pool has its lenders and
// borrowers. Run must be called to produce blocks afterwards.
func Start(ctx context.Context, cfg config.Embedded, sources []config.Source, log *slog.Logger) (*Chain, error) {
	keeperSigner, err := signer.NewDev(ChainID)
	if err != nil {
		return nil, err
	}
	c := &Chain{Keeper: keeperSigner, cfg: cfg, log: log}
	var alloc types.GenesisAlloc = types.GenesisAlloc{}
	fund := func() *ecdsa.PrivateKey {
		k, err2 := crypto.GenerateKey()
		if err2 != nil {
			err = err2
			return nil
		}
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: ether(1_000_000)}
		return k
	}
	c.deployer = fund()
	depositor := fund()
	for _, p := range cfg.Pools {
		c.Pools = append(c.Pools, &Pool{Config: p, lender: fund(), borrower: fund()})
	}
	if err != nil {
		return nil, fmt.Errorf("embedded chain: generating keys: %w", err)
	}
	alloc[keeperSigner.Address()] = types.Account{Balance: ether(1_000)}

	var rpcHost string
	var rpcPort int
	if cfg.RPCAddr != "" {
		h, p, err := net.SplitHostPort(cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("embedded chain: chain.embedded.rpc_addr %q: %w", cfg.RPCAddr, err)
		}
		if rpcPort, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("embedded chain: chain.embedded.rpc_addr %q: port: %w", cfg.RPCAddr, err)
		}
		rpcHost = h
		// Fail early and clearly when the port is taken, before the node hides it.
		ln, err := net.Listen("tcp", cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("embedded chain: chain.embedded.rpc_addr %q: cannot listen: %w", cfg.RPCAddr, err)
		}
		ln.Close()
	}
	backend := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		if rpcHost != "" {
			nc.HTTPHost = rpcHost
			nc.HTTPPort = rpcPort
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
		}
	})
	c.Backend = backend
	c.Client = backend.Client()
	if rpcHost != "" {
		c.RPCURL = "http://" + cfg.RPCAddr
	}
	if err := c.deploy(ctx, depositor, sources); err != nil {
		backend.Close()
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	c.sim = newMarket(c, cfg.Seed)
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// Run seals a block every block interval until ctx is done: it first
// advances chain time by the block time (when no transaction is pending),
// lets the market simulator move borrow demand, then seals the block that
// carries those transactions and any the keeper sent.
func (c *Chain) Run(ctx context.Context) {
	t := time.NewTicker(c.cfg.BlockInterval.D())
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		c.Step(ctx)
	}
}

// Step produces one round of blocks: a time jump, market moves, a sealed block.
func (c *Chain) Step(ctx context.Context) {
	// AdjustTime seals an empty block with the jump; it refuses while
	// transactions are pending. The pool drops mined transactions
	// asynchronously after a block, so retry briefly; a transaction that is
	// really pending (a keeper rebalance) just defers the jump a round.
	for i := 0; i < 50 && ctx.Err() == nil; i++ {
		if c.Backend.AdjustTime(c.cfg.BlockTime.D()) == nil {
			break
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err := c.sim.step(ctx); err != nil && ctx.Err() == nil {
		c.log.Warn("market simulator step failed", "err", err)
	}
	c.Backend.Commit()
}

func ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether))
}

// Tokens converts whole tokens into base units of the stablecoin.
func Tokens(x float64) *big.Int {
	f := new(big.Float).SetPrec(256).Mul(big.NewFloat(x), big.NewFloat(math.Pow10(Decimals)))
	i, _ := f.Int(nil)
	return i
}

func (c *Chain) opts(ctx context.Context, k *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	o, err := bind.NewKeyedTransactorWithChainID(k, ChainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	return o, nil
}

// mine seals the pending block and checks that tx succeeded.
func (c *Chain) mine(ctx context.Context, what string, tx *types.Transaction, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	c.Backend.Commit()
	rcpt, err := c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("%s: receipt: %w", what, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%s: transaction %s reverted", what, tx.Hash().Hex())
	}
	return nil
}

func (c *Chain) deploy(ctx context.Context, depositor *ecdsa.PrivateKey, sources []config.Source) error {
	gov, err := c.opts(ctx, c.deployer)
	if err != nil {
		return err
	}
	tokenAddr, tx, token, err := bindings.DeployMockStablecoin(gov, c.Client, "Vaultkeeper USD", "vkUSD")
	if err := c.mine(ctx, "deploying stablecoin", tx, err); err != nil {
		return err
	}
	c.Token = tokenAddr

	minIdleBps := big.NewInt(int64(math.Round(c.cfg.MinIdle * 10_000)))
	vaultAddr, tx, vault, err := bindings.DeployVault(gov, c.Client, tokenAddr, "Vaultkeeper USD Vault", "vkvUSD",
		crypto.PubkeyToAddress(c.deployer.PublicKey), c.Keeper.Address(), minIdleBps)
	if err := c.mine(ctx, "deploying vault", tx, err); err != nil {
		return err
	}
	c.Vault = vaultAddr

	for i, p := range c.Pools {
		pc := p.Config
		rates := make([]*big.Int, 4)
		for j, f := range []float64{pc.BaseRate, pc.Slope1, pc.Slope2, pc.OptimalUtilisation} {
			if rates[j], err = vaults.RayFromFraction(f); err != nil {
				return fmt.Errorf("chain.embedded.pools[%d]: rate %v: %w", i, f, err)
			}
		}
		rf := big.NewInt(int64(math.Round(pc.ReserveFactor * 10_000)))
		addr, tx, pool, err := bindings.DeployLendingPool(gov, c.Client, tokenAddr, rates[0], rates[1], rates[2], rates[3], rf)
		if err := c.mine(ctx, "deploying pool "+pc.Name, tx, err); err != nil {
			return err
		}
		p.Address, p.Contract = addr, pool
		adapter, tx, _, err := bindings.DeployAaveV3Adapter(gov, c.Client, vaultAddr, addr, tokenAddr)
		if err := c.mine(ctx, "deploying adapter for "+pc.Name, tx, err); err != nil {
			return err
		}
		p.Adapter = adapter
		// The vault's on-chain cap is the keeper's cap applied to the demo
		// deposit's order of magnitude, rounded up generously: the keeper's
		// own relative cap is the binding one in the demo.
		capTokens := 10 * c.cfg.Deposit
		for _, s := range sources {
			if s.Name == pc.Name {
				capTokens = math.Max(s.Cap, 0.01) * 10 * c.cfg.Deposit
			}
		}
		tx, err = vault.AddSource(gov, adapter, Tokens(capTokens))
		if err := c.mine(ctx, "adding source "+pc.Name, tx, err); err != nil {
			return err
		}

		// Other lenders supply the pool's liquidity; the borrower takes the
		// initial utilisation and keeps a buffer for interest.
		lender := crypto.PubkeyToAddress(p.lender.PublicKey)
		borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
		liq := Tokens(pc.Liquidity)
		if err := c.mintApprove(ctx, token, gov, p.lender, lender, addr, liq, liq); err != nil {
			return err
		}
		lo, err := c.opts(ctx, p.lender)
		if err != nil {
			return err
		}
		tx, err = pool.Supply(lo, tokenAddr, liq, lender, 0)
		if err := c.mine(ctx, "supplying to "+pc.Name, tx, err); err != nil {
			return err
		}
		// The simulated borrower repays many times over a run, so it approves
		// the pool without limit; only this local actor does so.
		maxApproval := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		if err := c.mintApprove(ctx, token, gov, p.borrower, borrower, addr, Tokens(pc.Liquidity), maxApproval); err != nil {
			return err
		}
		if debt := Tokens(pc.Liquidity * pc.Utilisation); debt.Sign() > 0 {
			bo, err := c.opts(ctx, p.borrower)
			if err != nil {
				return err
			}
			tx, err = pool.Borrow(bo, tokenAddr, debt, big.NewInt(2), 0, borrower)
			if err := c.mine(ctx, "borrowing from "+pc.Name, tx, err); err != nil {
				return err
			}
		}
	}

	c.Depositor = crypto.PubkeyToAddress(depositor.PublicKey)
	dep := Tokens(c.cfg.Deposit)
	if err := c.mintApprove(ctx, token, gov, depositor, c.Depositor, vaultAddr, dep, dep); err != nil {
		return err
	}
	do, err := c.opts(ctx, depositor)
	if err != nil {
		return err
	}
	tx, err = vault.Deposit(do, dep, c.Depositor)
	return c.mine(ctx, "depositing into the vault", tx, err)
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

// PoolByAdapter finds the pool behind a vault source.
func (c *Chain) PoolByAdapter(adapter common.Address) (*Pool, error) {
	for _, p := range c.Pools {
		if p.Adapter == adapter {
			return p, nil
		}
	}
	return nil, errors.New("no pool for adapter " + adapter.Hex())
}

// SourceConfigs maps each pool's adapter (the vault source) to the config
// entry of the same name.
func (c *Chain) SourceConfigs(sources []config.Source) map[common.Address]config.Source {
	m := make(map[common.Address]config.Source, len(c.Pools))
	for _, p := range c.Pools {
		for _, s := range sources {
			if s.Name == p.Config.Name {
				m[p.Adapter] = s
			}
		}
	}
	return m
}
