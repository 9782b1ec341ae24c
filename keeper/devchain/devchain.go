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
	n := anvilNode{rpc: rc, client: cl, sealing: sealLock(rpcURL)}
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
	n.sealing.Lock()
	err = n.nextAfter(ctx, time.Second)
	n.sealing.Unlock()
	if err != nil {
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
