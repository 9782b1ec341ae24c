package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

var quiet = slog.New(slog.DiscardHandler)

// market is a bare anvil (automining) with the project's local pools on it,
// standing in for mainnet's: one Aave v3 pool, one Comet market, one
// ERC-4626 vault, all over the same stablecoin.
type market struct {
	node     *anviltest.Anvil
	ch       *devchain.Chain
	deployer *ecdsa.PrivateKey
	governor common.Address
	guardian common.Address
	keeper   common.Address
}

func newMarket(t *testing.T) *market {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil")
	}
	ctx := context.Background()
	node := anviltest.Start(t)
	cfg, err := config.Load(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	m := &market{node: node, governor: addr(0xa1), guardian: addr(0xa2), keeper: addr(0xa3)}
	m.ch, err = devchain.Attach(ctx, node.URL, cfg.Chain.Embedded, cfg.Sources, m.keeper, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.ch.Close() })
	// From here on the chain mines each transaction as it comes, as a
	// public chain would (with confirmations 1).
	node.Call(t, nil, "evm_setAutomine", true)
	if m.deployer, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	node.Call(t, nil, "anvil_setBalance", m.from(), (*hexutil.Big)(new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))))
	return m
}

func addr(b byte) common.Address { return common.BytesToAddress([]byte{0xee, b}) }

func (m *market) from() common.Address { return crypto.PubkeyToAddress(m.deployer.PublicKey) }

func (m *market) spec() *Spec {
	s := DefaultSpec()
	s.Chain.RPCURL = m.node.URL
	s.Signer = config.Signer{Kind: config.SignerDev, Dev: config.DevSigner{KeyEnv: "VK_TEST_DEPLOYER_KEY"}}
	s.Governance = GovernanceSpec{Delay: config.Duration(48 * time.Hour), Proposers: []string{m.from().Hex(), m.governor.Hex()},
		Executors: []string{m.governor.Hex()}, Guardian: m.guardian.Hex()}
	s.Keeper = m.keeper.Hex()
	s.Vault = VaultSpec{Asset: m.ch.Token.Hex(), Name: "Deployed USD Vault", Symbol: "dvUSD", MinIdleBps: 300, MaxLossBps: 20,
		MaxTurnoverBps: 5000, Cooldown: config.Duration(30 * time.Minute), LivenessWindow: config.Duration(-1)}
	for _, p := range m.ch.Pools {
		if p.Config.Kind == config.PoolMorpho {
			continue // TestDeployMorphoSource deploys a Morpho Blue of its own and adds its markets
		}
		s.Sources = append(s.Sources, SourceSpec{Name: "src-" + p.Config.Name, Kind: string(p.Config.Kind), Address: p.Address.Hex(),
			AbsCap: "5000000000000", RelCapBps: 6000})
	}
	if err := s.Validate(); err != nil {
		panic(err)
	}
	return s
}

func (m *market) deployer_(t *testing.T, s *Spec) *Deployer {
	t.Helper()
	sg, err := signer.NewDevFromKey(m.deployer, big.NewInt(anviltest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(context.Background(), s, m.node.Client, sg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func (m *market) nonce(t *testing.T) uint64 {
	t.Helper()
	n, err := m.node.Client.NonceAt(context.Background(), m.from(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// A deploy stopped after every few journal writes (the way a crash stops
// it: the journal is left as it was) and run again finishes with each
// contract deployed once and each step sent once: the deployer's nonce ends
// at the number of steps, and the addresses are the ones a dry run
// predicted. Then the deployment verifies, and governance can approve the
// proposed keeper config through the timelock.
func TestDeployStoppedAndRerunFinishesWithoutDeployingTwice(t *testing.T) {
	m := newMarket(t)
	ctx := context.Background()
	s := m.spec()

	plan, err := m.deployer_(t, s).DryRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m.nonce(t) != 0 {
		t.Fatal("the dry run sent a transaction")
	}

	journal, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer journal.Close()
	writes, stopAt, runs := 0, 0, 0
	var cancel context.CancelFunc
	journal.SetSendWriteHook(func(string) {
		if writes++; writes == stopAt {
			cancel()
		}
	})
	var dep *Deployment
	for stop := 3; dep == nil; stop += 11 {
		runs++
		var rctx context.Context
		rctx, cancel = context.WithCancel(ctx)
		writes, stopAt = 0, stop
		dep, err = m.deployer_(t, s).Run(rctx, journal, nil)
		cancel()
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("run %d: %v", runs, err)
		}
		if runs > 40 {
			t.Fatal("the deployment never finished")
		}
	}
	if runs < 4 {
		t.Fatalf("only %d runs: the test did not stop the deploy in the middle", runs)
	}
	if n := m.nonce(t); n != uint64(len(plan.Steps)) {
		t.Fatalf("the deployer sent %d transactions for %d steps over %d runs", n, len(plan.Steps), runs)
	}
	for i, st := range dep.Steps {
		p := plan.Steps[i]
		if st.Key != p.Key || st.Address != p.Address || st.AlreadyDone {
			t.Errorf("step %d: deployed %+v, planned %+v", i, st, p)
		}
		t.Logf("step %-32s gas used %7d, dry run %7d (estimated %v)", st.Key, st.GasUsed, p.Gas, p.Estimated)
		if !p.Estimated && st.GasUsed > p.Gas {
			t.Errorf("step %s used %d gas, above the dry run's figure %d", st.Key, st.GasUsed, p.Gas)
		}
	}

	checks, err := Verify(ctx, m.node.Client, dep)
	if err != nil {
		t.Fatal(err)
	}
	if len(checks) < 30 {
		t.Fatalf("only %d checks", len(checks))
	}
	// What verify would say of a tampered record.
	bad := *dep
	bad.Keeper = m.guardian.Hex()
	bad.Vault.MaxLossBps = 21
	if _, err := Verify(ctx, m.node.Client, &bad); err == nil || !strings.Contains(err.Error(), "keeper is "+m.guardian.Hex()) ||
		!strings.Contains(err.Error(), "maxLossBps is 21") {
		t.Fatalf("tampered deployment: %v", err)
	}

	// A run after the end changes nothing.
	again, err := m.deployer_(t, s).Run(ctx, journal, nil)
	if err != nil || m.nonce(t) != uint64(len(plan.Steps)) || again.Vault.Address != dep.Vault.Address {
		t.Fatalf("re-run after the end: %v, nonce %d", err, m.nonce(t))
	}

	// Governance executes the proposed approval after the delay; the
	// registry then holds the governed hash of the config.yaml written.
	d := m.deployer_(t, s)
	dir := t.TempDir()
	if err := d.WriteOutputs(dir, dep); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(filepath.Join(dir, "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if h := cfg.GovernedHash(); hexutil.Encode(h[:]) != dep.Config.Hash || cfg.Vault.Address != dep.Vault.Address {
		t.Fatalf("config.yaml: hash %x, vault %s; deployment %s, %s", h, cfg.Vault.Address, dep.Config.Hash, dep.Vault.Address)
	}
	// The keeper is held to the chain deployed on.
	if cfg.Chain.ChainID != anviltest.ChainID || dep.ChainID != anviltest.ChainID {
		t.Fatalf("config.yaml: local.chain.chain_id %d; deployment on chain %d, want %d", cfg.Chain.ChainID, dep.ChainID, anviltest.ChainID)
	}
	read, err := ReadDeployment(filepath.Join(dir, "deployment.json"))
	if err != nil || read.Vault.Address != dep.Vault.Address || len(read.Contracts) != len(dep.Contracts) {
		t.Fatalf("deployment.json read back: %+v, %v", read, err)
	}
	m.node.Call(t, nil, "evm_increaseTime", 48*3600+1)
	m.node.Mine(t)
	m.node.Call(t, nil, "anvil_impersonateAccount", m.governor)
	m.node.Call(t, nil, "anvil_setBalance", m.governor, (*hexutil.Big)(big.NewInt(params.Ether)))
	var txHash common.Hash
	m.node.Call(t, &txHash, "eth_sendTransaction", map[string]any{"from": m.governor, "to": dep.Governance.Timelock,
		"data": dep.Config.ExecuteCalldata})
	if r, err := bind.WaitMinedHash(ctx, m.node.Client, txHash); err != nil || r.Status != 1 {
		t.Fatalf("executing the approval: %+v, %v", r, err)
	}
	reg, err := governance.NewRegistry(common.HexToAddress(dep.Governance.Registry), m.node.Client)
	if err != nil {
		t.Fatal(err)
	}
	a, err := reg.Approved(ctx)
	if err != nil || hexutil.Encode(a.Hash[:]) != dep.Config.Hash || a.Version != 1 {
		t.Fatalf("approved after execute: %+v, %v (want %s)", a, err, dep.Config.Hash)
	}
}

// A source that is not what its kind says, or uses another asset, is
// refused before anything is sent, naming the field and the address.
func TestDeployRefusesWhatIsNotASource(t *testing.T) {
	m := newMarket(t)
	ctx := context.Background()
	comet := m.ch.Pools[1]
	if comet.Config.Kind != config.PoolComet {
		t.Fatalf("pool 1 is %s", comet.Config.Kind)
	}
	notAave := m.spec()
	notAave.Sources[0].Address = comet.Address.Hex() // a Comet market named as an Aave pool
	notAave.Sources[1].Address = m.ch.Token.Hex()    // a token named as a Comet market
	notAave.Sources[2].Address = addr(0x77).Hex()    // nothing there
	_, err := m.deployer_(t, notAave).DryRun(ctx)
	for _, want := range []string{
		"sources[0].address: \"" + comet.Address.Hex() + "\": not an Aave v3 pool",
		"sources[1].address: \"" + m.ch.Token.Hex() + "\": not a Compound v3 Comet market",
		"sources[2].address: \"" + addr(0x77).Hex() + "\": no contract at this address",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v\nwant it to contain %q", err, want)
		}
	}

	// Another asset: every source's market is over the local stablecoin.
	tok, tx, _, err := bindings.DeployMockStablecoin(m.opts(t), m.node.Client, "Other", "OTH")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, m.node.Client, tx); err != nil {
		t.Fatal(err)
	}
	before := m.nonce(t)
	wrong := m.spec()
	wrong.Vault.Asset = tok.Hex()
	journal, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer journal.Close()
	_, err = m.deployer_(t, wrong).Run(ctx, journal, nil)
	for i, p := range m.ch.Pools {
		if p.Config.Kind == config.PoolMorpho {
			continue // not in m.spec()
		}
		if err == nil || !strings.Contains(err.Error(), p.Address.Hex()) {
			t.Errorf("source %d (%s): error %v does not name %s", i, p.Config.Kind, err, p.Address.Hex())
		}
	}
	if err == nil || !strings.Contains(err.Error(), "wrong asset") {
		t.Errorf("error %v does not say wrong asset", err)
	}
	if m.nonce(t) != before {
		t.Fatal("a transaction was sent for a refused spec")
	}
	if sends, err := journal.RecentSends(ctx, 10); err != nil || len(sends) != 0 {
		t.Fatalf("journal holds %d sends (%v)", len(sends), err)
	}
}

func (m *market) opts(t *testing.T) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(m.deployer, big.NewInt(anviltest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	return o
}
