// Package devchain runs the embedded default chain: go-ethereum's in-process
// simulated chain with a complete local market deployed on it — a 6-decimal
// stablecoin, one yield source per configured pool (a market of the real
// Aave v3 or the local LendingPool acting as a later Aave version, a
// Compound v3 Comet market, an ERC-4626 vault or a Morpho Blue market, by
// the pool's kind), their adapters and the vault — funded depositors, lenders
// and borrowers, and a market simulator that moves borrow demand so the best
// allocation changes.
//
// Blocks are sealed on a wall-clock timer; each interval also advances chain
// time by the configured block time, so interest accrues visibly in a demo.
// JSON-RPC is served on a loopback address so cast or a wallet can inspect
// the chain.
//
// Attach deploys the same market on an external development node instead
// (anvil, started with --no-mining): blocks are then sealed with evm_mine and
// chain time moved with evm_setNextBlockTimestamp, and the keeper's key is
// one held elsewhere (HashiCorp Vault), given by its address.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings/morpho"
)

// ChainID is the simulated chain's ID (go-ethereum's dev chain).
var ChainID = new(big.Int).Set(params.AllDevChainProtocolChanges.ChainID)

// Decimals of the local stablecoin.
const Decimals = 6

// Pool is a deployed yield source and the vault's adapter for it.
type Pool struct {
	Config config.Pool
	// Address is the Aave Pool (the real one's proxy, or the LendingPool),
	// the Comet market, the ERC-4626 vault or the Morpho Blue singleton.
	Address common.Address
	Adapter common.Address
	// Contract is the LendingPool binding of the pool (kind aave; on the
	// real Aave it speaks only the calls both share: supply, borrow, repay,
	// withdraw, getReserveData), Comet the market (kind
	// comet), Vault4626 the ERC-4626 vault (kind erc4626), Morpho the Morpho
	// Blue singleton (kind morpho, with its market's MorphoMarket and
	// MorphoID); the others are nil.
	Contract     *bindings.LendingPool
	Comet        *bindings.Comet
	Vault4626    *bindings.Mock4626
	Morpho       *morpho.Morpho
	MorphoMarket morpho.MarketParams
	MorphoID     [32]byte
	lender       *ecdsa.PrivateKey
	// borrower borrows from a lending pool, or pays an ERC-4626 vault's yield.
	borrower *ecdsa.PrivateKey
	// yieldAt is the chain time up to which an ERC-4626 vault's yield is paid.
	yieldAt uint64
	// aaveAToken and aaveDebtToken are a real Aave market's aToken and
	// variable debt token (realAave); zero on the local LendingPool.
	aaveAToken, aaveDebtToken common.Address
}

// Chain is a running embedded chain with its market.
type Chain struct {
	// Backend is the simulated chain; nil on an attached node.
	Backend *simulated.Backend
	Client  simulated.Client
	// ID is the chain's ID: ChainID on the simulated chain, the
	// node's own on an attached one.
	ID *big.Int
	// Keeper signs for the vault's keeper role on the simulated chain; it
	// exists only in memory. Nil on an attached node.
	Keeper *signer.Dev
	// KeeperAddress is the vault's keeper.
	KeeperAddress common.Address
	Token         common.Address
	Vault         common.Address
	// Timelock is governance: every vault change goes through its delay.
	Timelock common.Address
	// Registry is the ConfigRegistry, owned by the timelock: the keeper's
	// approved governed-config hash.
	Registry     common.Address
	Pools        []*Pool
	Depositor    common.Address
	depositorKey *ecdsa.PrivateKey
	// Guardian can pause, lower caps and cancel pending governance operations.
	Guardian common.Address
	// RPCURL is the served JSON-RPC endpoint, or "" when none is served.
	RPCURL string

	cfg         config.Embedded
	log         *slog.Logger
	front       *rpcFront         // the served JSON-RPC; nil when none is served
	stepMu      sync.Mutex        // one round of blocks at a time: Run's, or a JSON-RPC evm_* call's
	deployer    *ecdsa.PrivateKey // the timelock's proposer and executor
	guardianKey *ecdsa.PrivateKey
	timelock    *bindings.TimelockController
	token       *bindings.MockStablecoin
	// morphoChain is the Morpho Blue every kind-morpho pool is a market of,
	// deployed with the first such pool.
	morphoChain *morphoDeployment
	// aaveChain is what the chain's real Aave markets share (realAave),
	// deployed with the first.
	aaveChain *aaveDeployment
	sim       *market
	node      node
}

// node is the chain the market is deployed on and driven through.
type node interface {
	// commit seals the pending transactions into a block.
	commit(ctx context.Context) error
	// advance seals a block d of chain time after the head. The simulated
	// chain refuses while transactions are pending.
	advance(ctx context.Context, d time.Duration) error
	close() error
}

// simNode is go-ethereum's simulated chain.
type simNode struct{ b *simulated.Backend }

func (n simNode) commit(context.Context) error { n.b.Commit(); return nil }
func (n simNode) close() error                 { return n.b.Close() }

// advance seals an empty block d later than the last one. The backend
// refuses while transactions are pending, and the pool drops mined
// transactions asynchronously after a block, so it retries for up to
// 2 s (the cleanup can lag that long on a loaded 2-core machine) before
// reporting the refusal.
func (n simNode) advance(ctx context.Context, d time.Duration) error {
	var err error
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline) && ctx.Err() == nil; {
		if err = n.b.AdjustTime(d); err == nil {
			return nil
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// anvilNode is an external anvil node started with --no-mining.
type anvilNode struct {
	rpc    *rpc.Client
	client *ethclient.Client
}

// commit mines the pending transactions, then fixes the next block's
// timestamp at one second after the new head. Without that, anvil stamps a
// block with the wall clock at the moment it is mined, and a gas estimate
// made earlier (against the pending block's timestamp) can fall in another
// second than the block: a lending pool then accrues interest in the block
// but not in the estimate, and the transaction runs out of gas (seen as
// "supplying" and "borrowing" reverts with gas used just under the limit).
func (n anvilNode) commit(ctx context.Context) error {
	if err := n.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	return n.nextAfter(ctx, time.Second)
}

// nextAfter sets the next block's timestamp d after the head's.
func (n anvilNode) nextAfter(ctx context.Context, d time.Duration) error {
	head, err := n.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	next := head.Time + uint64(d/time.Second)
	if err := n.rpc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(next)); err != nil {
		return fmt.Errorf("evm_setNextBlockTimestamp %d: %w", next, err)
	}
	return nil
}

func (n anvilNode) advance(ctx context.Context, d time.Duration) error {
	if err := n.nextAfter(ctx, d); err != nil {
		return err
	}
	return n.commit(ctx)
}

func (n anvilNode) close() error { n.client.Close(); return nil }

// Start creates the chain, deploys and funds the market, and returns once
// the vault holds the demo deposit and every pool has its lenders and
// borrowers. Run must be called to produce blocks afterwards.
func Start(ctx context.Context, cfg config.Embedded, sources []config.Source, log *slog.Logger) (*Chain, error) {
	keeperSigner, err := signer.NewDev(ChainID)
	if err != nil {
		return nil, err
	}
	c := &Chain{Keeper: keeperSigner, KeeperAddress: keeperSigner.Address(), ID: new(big.Int).Set(ChainID), cfg: cfg, log: log}
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
	c.guardianKey = fund()
	depositor := fund()
	for _, p := range cfg.Pools {
		c.Pools = append(c.Pools, &Pool{Config: p, lender: fund(), borrower: fund()})
	}
	if err != nil {
		return nil, fmt.Errorf("embedded chain: generating keys: %w", err)
	}
	alloc[keeperSigner.Address()] = types.Account{Balance: ether(1_000)}

	if cfg.RPCAddr != "" {
		_, p, err := net.SplitHostPort(cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("embedded chain: chain.embedded.rpc_addr %q: %w", cfg.RPCAddr, err)
		}
		if _, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("embedded chain: chain.embedded.rpc_addr %q: port: %w", cfg.RPCAddr, err)
		}
		// Fail early and clearly when the port is taken, before the node hides it.
		ln, err := net.Listen("tcp", cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("embedded chain: chain.embedded.rpc_addr %q: cannot listen: %w", cfg.RPCAddr, err)
		}
		ln.Close()
	}
	// The node serves its JSON-RPC on an internal loopback port; the front
	// (rpc_addr) forwards to it and adds the local-node methods.
	var internalPort int
	if cfg.RPCAddr != "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("embedded chain: finding a port for the node's JSON-RPC: %w", err)
		}
		internalPort = ln.Addr().(*net.TCPAddr).Port
		ln.Close()
	}
	backend := simulated.NewBackend(alloc, func(nc *gethnode.Config, _ *ethconfig.Config) {
		if internalPort != 0 {
			nc.HTTPHost, nc.HTTPPort = "127.0.0.1", internalPort
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"127.0.0.1"}
		}
	})
	c.Backend, c.node = backend, simNode{backend}
	c.Client = backend.Client()
	if err := c.setUp(ctx, depositor, sources); err != nil {
		backend.Close()
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	if cfg.RPCAddr != "" {
		// The node's own RPC stays in-process; the front serves it with the
		// local-node methods (evm_increaseTime, evm_mine) added.
		rc, err := rpc.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", internalPort))
		if err != nil {
			backend.Close()
			return nil, fmt.Errorf("embedded chain: connecting to the node's JSON-RPC: %w", err)
		}
		if c.front, err = startRPCFront(c, rc, cfg.RPCAddr, log); err != nil {
			rc.Close()
			backend.Close()
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		c.RPCURL = c.front.URL()
	}
	return c, nil
}

// setUp deploys the market and warms its rates up.
func (c *Chain) setUp(ctx context.Context, depositor *ecdsa.PrivateKey, sources []config.Source) error {
	if err := c.deploy(ctx, depositor, sources); err != nil {
		return err
	}
	c.sim = newMarket(c, c.cfg.Seed)
	return c.sim.warmUp(ctx)
}

// Attach deploys the market of cfg (its pools, deposit, minimum idle and
// timelock delay; rpc_addr and block_interval are not used) on the anvil
// node at rpcURL, with keeper as the vault's keeper, and funds keeper with
// 1,000 ETH. anvil must run with --no-mining: the market seals its own
// blocks, and Run seals them on the wall-clock timer. The actors' keys are
// generated here and funded with anvil_setBalance.
func Attach(ctx context.Context, rpcURL string, cfg config.Embedded, sources []config.Source, keeper common.Address, log *slog.Logger) (*Chain, error) {
	rc, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("attaching to %s: %w", rpcURL, err)
	}
	cl := ethclient.NewClient(rc)
	n := anvilNode{rpc: rc, client: cl}
	c := &Chain{Client: cl, KeeperAddress: keeper, cfg: cfg, log: log, node: n, RPCURL: rpcURL}
	fail := func(what string, err error) (*Chain, error) {
		n.close()
		return nil, fmt.Errorf("attaching to %s: %s: %w", rpcURL, what, err)
	}
	var version string
	if err := rc.CallContext(ctx, &version, "web3_clientVersion"); err != nil {
		return fail("web3_clientVersion", err)
	}
	if !strings.HasPrefix(strings.ToLower(version), "anvil") {
		return fail("web3_clientVersion", fmt.Errorf("%q is not anvil", version))
	}
	if c.ID, err = cl.ChainID(ctx); err != nil {
		return fail("eth_chainId", err)
	}
	if err := rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return fail("evm_setAutomine", err)
	}
	if err := n.nextAfter(ctx, time.Second); err != nil {
		return fail("fixing the next block's time", err)
	}
	keys := []*ecdsa.PrivateKey{}
	gen := func() *ecdsa.PrivateKey {
		k, kerr := crypto.GenerateKey()
		if kerr != nil {
			err = kerr
		}
		keys = append(keys, k)
		return k
	}
	c.deployer, c.guardianKey = gen(), gen()
	depositor := gen()
	for _, p := range cfg.Pools {
		c.Pools = append(c.Pools, &Pool{Config: p, lender: gen(), borrower: gen()})
	}
	if err != nil {
		return fail("generating keys", err)
	}
	fund := map[common.Address]*big.Int{keeper: ether(1_000)}
	for _, k := range keys {
		fund[crypto.PubkeyToAddress(k.PublicKey)] = ether(1_000_000)
	}
	for a, wei := range fund {
		if err := rc.CallContext(ctx, nil, "anvil_setBalance", a, (*hexutil.Big)(wei)); err != nil {
			return fail("anvil_setBalance "+a.Hex(), err)
		}
	}
	if err := c.setUp(ctx, depositor, sources); err != nil {
		return fail("deploying the market", err)
	}
	return c, nil
}

// Close stops the simulated chain (and its JSON-RPC), or disconnects from
// the attached node.
func (c *Chain) Close() error {
	if c.front != nil {
		c.front.close()
	}
	return c.node.close()
}

// Commit seals the pending transactions into a block (after a round of
// blocks in progress).
func (c *Chain) Commit(ctx context.Context) error { return c.MineNow(ctx) }

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
	c.stepMu.Lock()
	defer c.stepMu.Unlock()
	// A transaction that is really pending (a keeper rebalance) just defers
	// the jump to a later round.
	_ = c.advanceTime(ctx, c.cfg.BlockTime.D())
	if err := c.sim.step(ctx); err != nil && ctx.Err() == nil {
		c.log.Warn("market simulator step failed", "err", err)
	}
	if err := c.sim.seal(ctx); err != nil && ctx.Err() == nil {
		c.log.Warn("sealing the market's transactions failed", "err", err)
	}
}

// advanceTime seals a block d of chain time after the head.
func (c *Chain) advanceTime(ctx context.Context, d time.Duration) error {
	return c.node.advance(ctx, d)
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
	o, err := bind.NewKeyedTransactorWithChainID(k, c.ID)
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
	if err := c.node.commit(ctx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	rcpt, err := c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("%s: receipt: %w", what, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%s: transaction %s reverted (gas used %d of limit %d)", what, tx.Hash().Hex(), rcpt.GasUsed, tx.Gas())
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

// AdvanceTime seals a block d of chain time after the head (the simulated
// chain refuses while transactions are pending).
// It waits for a round of blocks in progress (Run's), so the jump is not
// overwritten by that round's own time step.
func (c *Chain) AdvanceTime(ctx context.Context, d time.Duration) error {
	c.stepMu.Lock()
	defer c.stepMu.Unlock()
	return c.advanceTime(ctx, d)
}

// DepositorOpts signs as the demo depositor.
func (c *Chain) DepositorOpts(ctx context.Context) (*bind.TransactOpts, error) {
	return c.opts(ctx, c.depositorKey)
}

// Mine seals the pending block and checks that tx succeeded.
func (c *Chain) Mine(ctx context.Context, what string, tx *types.Transaction, err error) error {
	return c.mine(ctx, what, tx, err)
}
