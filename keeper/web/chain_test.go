package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer/vaulttest"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// chainFixture is a keeper's rebalancer ticking over the embedded chain
// (keeper/devchain: real contracts on go-ethereum's simulated backend)
// into a store, and the page over both.
type chainFixture struct {
	cfg   *config.Config
	chain *devchain.Chain
	st    *store.Store
	rb    *rebalancer.Rebalancer
	h     http.Handler
}

// chainConfig is the shipped demo (config.yaml), its chain served to no
// one and its history in a temporary directory.
func chainConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load(filepath.Join(vaulttest.RepoRoot(), "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Chain.Embedded.RPCAddr, cfg.Chain.Embedded.BlockInterval = "", config.Duration(50*time.Millisecond)
	cfg.Storage.Path = filepath.Join(t.TempDir(), "keeper.db")
	return cfg
}

func newChainFixture(t *testing.T) *chainFixture {
	t.Helper()
	if testing.Short() {
		t.Skip("deploys a market on the embedded chain")
	}
	ctx := context.Background()
	cfg := chainConfig(t)
	log := slog.New(slog.DiscardHandler)
	ch, err := devchain.Start(ctx, cfg.Chain.Embedded, cfg.Sources, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	if err := ch.ApproveConfig(ctx, cfg.GovernedHash(), "file:///config.yaml"); err != nil {
		t.Fatal(err)
	}
	reg, err := governance.NewRegistry(ch.Registry, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(cfg.Storage.Path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rb, err := rebalancer.New(ctx, rebalancer.Params{Config: cfg, Chain: ch.Client, Vault: ch.Vault, Store: st, Signer: ch.Keeper, Log: log,
		Sources: ch.SourceConfigs(cfg.Sources), Approvals: reg, ConfigHash: cfg.GovernedHash()})
	if err != nil {
		t.Fatal(err)
	}
	page := &Chain{Backend: ch.Client, Vault: ch.Vault, Registry: ch.Registry}
	h := Handler(Options{Store: st, Config: func() *config.Config { return cfg }, Chain: func() *Chain { return page }, Log: log})
	return &chainFixture{cfg: cfg, chain: ch, st: st, rb: rb, h: h}
}

// tick runs one keeper tick while the chain produces blocks (its market
// moving), so that a rebalance is mined.
func (f *chainFixture) tick(t *testing.T) rebalancer.Outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	done := make(chan struct{})
	go func() { f.chain.Run(ctx); close(done) }()
	out, err := f.rb.Tick(ctx, false)
	cancel()
	<-done
	if err != nil {
		t.Fatalf("tick: %v", err)
	}
	return out
}

// The vault now, from the chain: every field /api/vault gives under chain
// equals what the vault's own bindings read at the block it names, and the
// failsafe's countdown is the vault's lastKeeperActivity + livenessWindow.
func TestAPIVaultReadsTheChain(t *testing.T) {
	f := newChainFixture(t)
	out := f.tick(t)
	if out.Decision.Action != store.ActionRebalance || out.Tx == nil || out.Tx.Status != store.StatusMined {
		t.Fatalf("the first tick did not rebalance the deposit: %+v %+v", out.Decision, out.Tx)
	}
	var v VaultNow
	if res := get(t, f.h, "/api/vault", &v); res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	c := v.Chain
	if c == nil || v.ChainError != "" {
		t.Fatalf("no chain in /api/vault (%q)", v.ChainError)
	}
	call := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(c.Block)}
	vault, err := bindings.NewVaultCaller(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	read := func(what string, fn func(*bind.CallOpts) (*big.Int, error)) string {
		t.Helper()
		n, err := fn(call)
		if err != nil {
			t.Fatalf("reading %s: %v", what, err)
		}
		return n.String()
	}
	oneShare := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.ShareDecimals)), nil)
	for _, x := range []struct{ what, got, want string }{
		{"vault", c.Vault, f.chain.Vault.Hex()},
		{"total assets", c.TotalAssets, read("totalAssets", vault.TotalAssets)},
		{"idle", c.Idle, read("idle", vault.Idle)},
		{"total supply", c.TotalSupply, read("totalSupply", vault.TotalSupply)},
		{"share price", c.SharePrice, read("convertToAssets", func(o *bind.CallOpts) (*big.Int, error) { return vault.ConvertToAssets(o, oneShare) })},
		{"liveness window", big.NewInt(c.LivenessWindowSeconds).String(), read("livenessWindow", vault.LivenessWindow)},
		{"last keeper activity", big.NewInt(c.LastKeeperActivity.Unix()).String(), read("lastKeeperActivity", vault.LastKeeperActivity)},
	} {
		if x.got != x.want {
			t.Errorf("%s: /api/vault says %s, the chain %s", x.what, x.got, x.want)
		}
	}
	if c.SharePriceTokens == nil || !strings.HasPrefix(*c.SharePriceTokens, "1.") {
		t.Errorf("share price %v tokens: want about 1 after one deposit", c.SharePriceTokens)
	}
	sources, err := vault.GetSources(call)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != len(sources) || len(sources) != len(f.cfg.Sources) {
		t.Fatalf("%d sources, the chain %d", len(c.Sources), len(sources))
	}
	for i, s := range c.Sources {
		src, err := bindings.NewSourceCaller(sources[i], f.chain.Client)
		if err != nil {
			t.Fatal(err)
		}
		rate, err := src.SupplyRate(call)
		if err != nil {
			t.Fatal(err)
		}
		apy, _ := vaults.APYFromRayAPR(rate)
		rel := read("relativeCaps", func(o *bind.CallOpts) (*big.Int, error) { return vault.RelativeCaps(o, sources[i]) })
		if s.Source != sources[i].Hex() || s.Assets != read("source totalAssets", src.TotalAssets) || s.SupplyAPY != apy ||
			s.Cap != read("caps", func(o *bind.CallOpts) (*big.Int, error) { return vault.Caps(o, sources[i]) }) ||
			big.NewInt(int64(s.RelativeCapBps)).String() != rel {
			t.Errorf("source %d: %+v, the chain: %s rate %v rel cap %s", i, s, sources[i].Hex(), rate, rel)
		}
		if s.Name == "" || s.Color != v.Colors[strings.ToLower(s.Source)] || s.Color == "" {
			t.Errorf("source %d: name %q colour %q (colours %v)", i, s.Name, s.Color, v.Colors)
		}
	}
	// The stored tick the page also shows is the keeper's.
	if v.Observed == nil || v.Observed.TickID != out.Decision.TickID {
		t.Errorf("observed %+v, want tick %d", v.Observed, out.Decision.TickID)
	}
	// Without a liveness window the failsafe is off: no countdown.
	if c.LivenessWindowSeconds != 0 || c.FailsafeAt != nil || c.FailsafeInSeconds != nil {
		t.Errorf("the embedded vault starts without a liveness window; /api/vault: %d s, at %v in %v",
			c.LivenessWindowSeconds, c.FailsafeAt, c.FailsafeInSeconds)
	}
	// Governance sets a window of two days (which counts as keeper
	// activity): the failsafe may be triggered two days after it, counted
	// from the latest block.
	f.setLivenessWindow(t, 48*time.Hour)
	if err := f.chain.AdvanceTime(context.Background(), 5*time.Hour); err != nil {
		t.Fatal(err)
	}
	v = VaultNow{}
	get(t, f.h, "/api/vault", &v)
	if c = v.Chain; c == nil || c.LivenessWindowSeconds != 48*3600 {
		t.Fatalf("after setLivenessWindow: %+v", c)
	}
	call.BlockNumber = new(big.Int).SetUint64(c.Block)
	if got := read("lastKeeperActivity", vault.LastKeeperActivity); got != big.NewInt(c.LastKeeperActivity.Unix()).String() {
		t.Errorf("last keeper activity %v, the chain %s", c.LastKeeperActivity, got)
	}
	want := c.LastKeeperActivity.Add(48 * time.Hour)
	if c.FailsafeAt == nil || !c.FailsafeAt.Equal(want) || c.FailsafeInSeconds == nil ||
		*c.FailsafeInSeconds != int64(want.Sub(c.BlockTime)/time.Second) || *c.FailsafeInSeconds > 43*3600 || *c.FailsafeInSeconds < 40*3600 {
		t.Errorf("failsafe at %v in %v s; want %v, from block time %v (about 43 h)", c.FailsafeAt, c.FailsafeInSeconds, want, c.BlockTime)
	}

	// A chain the page cannot read is said, not sent as an error, and
	// the history still answers.
	f.chain.Close()
	var broken map[string]json.RawMessage
	if res := get(t, f.h, "/api/vault", &broken); res.StatusCode != http.StatusOK || string(broken["chain"]) != "null" ||
		string(broken["chain_error"]) != `"`+chainReadError+`"` || string(broken["observed"]) == "null" {
		t.Errorf("with the chain closed: %d chain %s error %s", res.StatusCode, broken["chain"], broken["chain_error"])
	}
}

// setLivenessWindow sets the vault's liveness window through governance
// (the timelock's delay let pass in chain time).
func (f *chainFixture) setLivenessWindow(t *testing.T, d time.Duration) {
	t.Helper()
	a, err := bindings.VaultMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := a.Pack("setLivenessWindow", big.NewInt(int64(d/time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.chain.Govern(context.Background(), "liveness window", devchain.Call{Target: f.chain.Vault, Data: data}); err != nil {
		t.Fatal(err)
	}
}
