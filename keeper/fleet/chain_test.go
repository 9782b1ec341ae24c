package fleet_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// testFleet is many vaults on one anvil: the embedded market of config.yaml
// (its Aave, Comet and ERC-4626 pools, its Morpho market left out so that
// every vault has the three sources, and its own demo vault)
// attached by devchain, then n vaults sharing the market's asset and
// pools, each with its own three adapters and its own deposit.
type testFleet struct {
	node       *anviltest.Anvil
	chain      *devchain.Chain
	cfg        *config.Config
	keeperRole common.Address // every vault's keeper role (the round only decides)
	vaults     []fleetVault
	funder     *deployer // deployed the vaults and deposits into them
}

// fleetVault is one deployed vault: its address and its sources (adapters)
// mapped to their config entries.
type fleetVault struct {
	addr    common.Address
	sources map[common.Address]config.Source
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// deployFleet starts anvil and deploys n vaults on it (see testFleet). The
// vaults' transactions are signed here with fixed nonces and gas, sent in
// JSON-RPC batches and sealed five vaults to a block, so that 200
// vaults deploy in seconds.
func deployFleet(tb testing.TB, n int) *testFleet {
	tb.Helper()
	return deployFleetKeptBy(tb, n, common.HexToAddress("0x00000000000000000000000000000000000000e1"))
}

// deployFleetKeptBy is deployFleet with keeper as every vault's keeper role.
func deployFleetKeptBy(tb testing.TB, n int, keeper common.Address) *testFleet {
	tb.Helper()
	ctx := context.Background()
	node := anviltest.Start(tb, "--disable-block-gas-limit")
	cfg, err := config.Load(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Storage.Path = filepath.Join(tb.TempDir(), "keeper.db")
	cfg.Chain.Embedded.Pools = slices.DeleteFunc(cfg.Chain.Embedded.Pools, func(p config.Pool) bool { return p.Kind == config.PoolMorpho })
	cfg.Sources = slices.DeleteFunc(cfg.Sources, func(s config.Source) bool {
		return !slices.ContainsFunc(cfg.Chain.Embedded.Pools, func(p config.Pool) bool { return p.Name == s.Name })
	})
	f := &testFleet{node: node, cfg: cfg, keeperRole: keeper}
	if f.chain, err = devchain.Attach(ctx, node.URL, cfg.Chain.Embedded, cfg.Sources, f.keeperRole, quiet); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.chain.Close() })
	if len(f.chain.Pools) != 3 {
		tb.Fatalf("config.yaml's market has %d pools, the fleet's vaults want 3", len(f.chain.Pools))
	}

	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	node.Call(tb, nil, "anvil_setBalance", me, (*hexutil.Big)(new(big.Int).Lsh(big.NewInt(1), 100)))
	deposit := devchain.Tokens(cfg.Chain.Embedded.Deposit)
	if err := f.chain.Mint(ctx, me, new(big.Int).Mul(deposit, big.NewInt(int64(n)))); err != nil {
		tb.Fatal(err)
	}
	d := &deployer{tb: tb, ctx: ctx, key: key, from: me, rpc: node.RPC, client: node.Client, chainID: f.chain.ID}
	token, err := bindings.NewMockStablecoin(f.chain.Token, node.Client)
	if err != nil {
		tb.Fatal(err)
	}
	minIdle := big.NewInt(int64(math.Round(cfg.Chain.Embedded.MinIdle * 10_000)))
	for i := range n {
		v := fleetVault{sources: map[common.Address]config.Source{}}
		var vault *bindings.Vault
		v.addr = d.deploy(func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, b, err := bindings.DeployVault(o, node.Client, f.chain.Token, fmt.Sprintf("Fleet vault %d", i), fmt.Sprintf("fv%d", i),
				me, me, f.keeperRole, minIdle)
			vault = b
			return a, tx, err
		})
		for _, p := range f.chain.Pools {
			adapter := d.deploy(func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
				var (
					a   common.Address
					tx  *types.Transaction
					err error
				)
				switch p.Config.Kind {
				case config.PoolComet:
					a, tx, _, err = bindings.DeployCompoundV3Adapter(o, node.Client, v.addr, p.Address, f.chain.Token)
				case config.PoolERC4626:
					a, tx, _, err = bindings.DeployERC4626Adapter(o, node.Client, v.addr, p.Address)
				case config.PoolAave:
					a, tx, _, err = bindings.DeployAaveV3Adapter(o, node.Client, v.addr, p.Address, f.chain.Token)
				default:
					err = fmt.Errorf("pool %s: kind %s has no adapter here", p.Config.Name, p.Config.Kind)
				}
				return a, tx, err
			})
			src := sourceNamed(tb, cfg, p.Config.Name)
			v.sources[adapter] = src
			d.send(func(o *bind.TransactOpts) (*types.Transaction, error) {
				return vault.AddSource(o, adapter, new(big.Int).Mul(deposit, big.NewInt(10)), big.NewInt(int64(math.Round(src.Cap*10_000))))
			})
		}
		d.send(func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Approve(o, v.addr, deposit) })
		d.send(func(o *bind.TransactOpts) (*types.Transaction, error) { return vault.Deposit(o, deposit, me) })
		f.vaults = append(f.vaults, v)
		if (i+1)%5 == 0 { // a batch of 45 transactions stays within anvil's request size
			d.flush()
		}
	}
	d.flush()
	f.funder = d
	return f
}

func sourceNamed(tb testing.TB, cfg *config.Config, name string) config.Source {
	for _, s := range cfg.Sources {
		if s.Name == name {
			return s
		}
	}
	tb.Fatalf("config.yaml has no source named %s", name)
	return config.Source{}
}

// deployer signs transactions from one key with consecutive nonces and
// fixed gas, queues them, and sends the queue in one JSON-RPC batch, seals
// it in a block and checks every receipt (flush).
type deployer struct {
	tb      testing.TB
	ctx     context.Context
	key     *ecdsa.PrivateKey
	from    common.Address
	rpc     *rpc.Client
	client  *ethclient.Client
	chainID *big.Int
	nonce   uint64
	queued  []*types.Transaction
}

func (d *deployer) opts(gas uint64) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(d.key, d.chainID)
	if err != nil {
		d.tb.Fatal(err)
	}
	o.Context, o.NoSend, o.Nonce = d.ctx, true, new(big.Int).SetUint64(d.nonce)
	o.GasLimit, o.GasPrice = gas, big.NewInt(100e9)
	return o
}

func (d *deployer) deploy(f func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) common.Address {
	d.tb.Helper()
	a, tx, err := f(d.opts(15_000_000))
	if err != nil {
		d.tb.Fatal(err)
	}
	d.nonce++
	d.queued = append(d.queued, tx)
	return a
}

func (d *deployer) send(f func(*bind.TransactOpts) (*types.Transaction, error)) {
	d.tb.Helper()
	tx, err := f(d.opts(1_000_000))
	if err != nil {
		d.tb.Fatal(err)
	}
	d.nonce++
	d.queued = append(d.queued, tx)
}

func (d *deployer) flush() {
	d.tb.Helper()
	if len(d.queued) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(d.ctx, 2*time.Minute)
	defer cancel()
	batch := make([]rpc.BatchElem, len(d.queued))
	for i, tx := range d.queued {
		raw, err := tx.MarshalBinary()
		if err != nil {
			d.tb.Fatal(err)
		}
		batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
	}
	if err := d.rpc.BatchCallContext(ctx, batch); err != nil {
		d.tb.Fatal(err)
	}
	for i, b := range batch {
		if b.Error != nil {
			d.tb.Fatalf("sending transaction %d of the batch: %v", i, b.Error)
		}
	}
	if err := d.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		d.tb.Fatal(err)
	}
	receipts := make([]*types.Receipt, len(d.queued))
	for i, tx := range d.queued {
		batch[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx.Hash()}, Result: &receipts[i]}
	}
	if err := d.rpc.BatchCallContext(ctx, batch); err != nil {
		d.tb.Fatal(err)
	}
	for i, r := range receipts {
		if batch[i].Error != nil || r == nil || r.Status != types.ReceiptStatusSuccessful {
			d.tb.Fatalf("transaction %s (nonce %d): receipt %+v, error %v", d.queued[i].Hash().Hex(), d.queued[i].Nonce(), r, batch[i].Error)
		}
	}
	d.queued = d.queued[:0]
}

// keepers makes a real rebalancer for each vault, reading the chain through
// chain (nil: the node's own client) and recording in st.
func (f *testFleet) keepers(tb testing.TB, chain rebalancer.Chain, st *store.Store) []*rebalancer.Rebalancer {
	tb.Helper()
	if chain == nil {
		chain = f.node.Client
	}
	out := make([]*rebalancer.Rebalancer, len(f.vaults))
	for i, v := range f.vaults {
		out[i] = f.keeper(tb, v, chain, st)
	}
	return out
}

func (f *testFleet) keeper(tb testing.TB, v fleetVault, chain rebalancer.Chain, st *store.Store) *rebalancer.Rebalancer {
	tb.Helper()
	r, err := rebalancer.New(context.Background(), rebalancer.Params{Config: f.cfg, Chain: chain, Vault: v.addr, Sources: v.sources,
		Store: st, Log: quiet})
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// startFleet deploys a fleet of n vaults (deployFleet) and opens its store;
// skipped with -short.
func startFleet(t *testing.T, n int) (*testFleet, *store.Store) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil")
	}
	f := deployFleet(t, n)
	return f, openStore(t, f.cfg)
}

func openStore(tb testing.TB, cfg *config.Config) *store.Store {
	tb.Helper()
	st, err := store.Open(cfg.Storage.Path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}
