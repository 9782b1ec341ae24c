package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

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

// Governance from the chain: the approval the ConfigRegistry holds, and
// the timelock's operations split into pending, executed and cancelled,
// each with its calls decoded (an unknown selector shown raw) and its ETA
// as the timelock has it.
func TestAPIGovernanceReadsTheTimelock(t *testing.T) {
	f := newChainFixture(t)
	ctx := context.Background()
	f.setLivenessWindow(t, 48*time.Hour) // executed
	src := f.chain.Pools[0].Adapter
	caps, err := governance.SetCaps(f.chain.Vault, src, big.NewInt(123_000_000), 4000)
	if err != nil {
		t.Fatal(err)
	}
	pending, err := f.chain.Schedule(ctx, [32]byte{1}, devchain.Call{Target: caps.Target, Data: caps.Data},
		devchain.Call{Target: f.chain.Vault, Data: []byte{0xde, 0xad, 0xbe, 0xef}})
	if err != nil {
		t.Fatal(err)
	}
	idle, err := governance.SetMinIdleBps(f.chain.Vault, 700)
	if err != nil {
		t.Fatal(err)
	}
	cancelled, err := f.chain.Schedule(ctx, [32]byte{2}, devchain.Call{Target: idle.Target, Data: idle.Data})
	if err != nil {
		t.Fatal(err)
	}
	tl, err := bindings.NewTimelockController(f.chain.Timelock, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := f.chain.ProposerOpts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := tl.Cancel(opts, cancelled)
	if err := f.chain.Mine(ctx, "cancelling", tx, err); err != nil {
		t.Fatal(err)
	}

	var g Governance
	if res := get(t, f.h, "/api/governance", &g); res.StatusCode != http.StatusOK || g.ChainError != "" {
		t.Fatalf("status %d %q", res.StatusCode, g.ChainError)
	}
	approved, err := bindings.NewConfigRegistryCaller(f.chain.Registry, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	hash, err := approved.ConfigHash(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	running := f.cfg.GovernedHash()
	delay := int64(f.cfg.Chain.Embedded.TimelockDelay.D() / time.Second)
	if g.ApprovedSource != "chain" || g.ApprovedConfigHash != hexutil.Encode(hash[:]) || g.RunningConfigHash != hexutil.Encode(running[:]) ||
		g.RunsApproved == nil || !*g.RunsApproved || g.Timelock != f.chain.Timelock.Hex() || g.MinDelaySeconds == nil || *g.MinDelaySeconds != delay {
		t.Errorf("governance %+v; the registry approves %x, the config runs %x, timelock %s", g, hash, running, f.chain.Timelock.Hex())
	}
	if len(g.Pending) != 1 || len(g.Cancelled) != 1 || len(g.Executed) != 3 {
		t.Fatalf("pending %d, cancelled %d, executed %d; want 1, 1, 3 (the sources' addition, the config's approval and the liveness window)",
			len(g.Pending), len(g.Cancelled), len(g.Executed))
	}
	// Each operation's state and ETA are the timelock's.
	for _, op := range append(append(append([]Operation{}, g.Pending...), g.Executed...), g.Cancelled...) {
		id := common.HexToHash(op.ID)
		state, err := tl.GetOperationState(&bind.CallOpts{}, id)
		if err != nil {
			t.Fatal(err)
		}
		want := map[uint8]string{0: "cancelled", 1: "waiting", 2: "ready", 3: "executed"}[state]
		if op.State != want {
			t.Errorf("operation %s: %s, the timelock says %s", op.ID, op.State, want)
		}
		if state == 1 || state == 2 {
			ts, err := tl.GetTimestamp(&bind.CallOpts{}, id)
			if err != nil {
				t.Fatal(err)
			}
			if op.ETA.Unix() != ts.Int64() {
				t.Errorf("operation %s: ETA %v, the timelock's %v", op.ID, op.ETA, ts)
			}
		}
	}
	p := g.Pending[0]
	if p.ID != hexutil.Encode(pending[:]) || p.State != "waiting" || p.DelaySeconds != delay || len(p.Calls) != 2 {
		t.Fatalf("pending %+v, want %x waiting with 2 calls", p, pending)
	}
	if d := p.Calls[0].Decoded; d == nil || d.Contract != "Vault" || d.Function != "setCaps" || len(d.Args) != 3 ||
		d.Args[0].Value != src.Hex() || d.Args[1].Value != "123000000" || d.Args[2].Name != "relativeCapBps" || d.Args[2].Value != "4000" {
		t.Errorf("setCaps decoded as %+v", d)
	}
	if c := p.Calls[1]; c.Decoded != nil || c.Selector != "0xdeadbeef" || c.Data != "0xdeadbeef" || c.Target != f.chain.Vault.Hex() {
		t.Errorf("an unknown selector: %+v", c)
	}
	if c := g.Cancelled[0]; c.ID != hexutil.Encode(cancelled[:]) || c.Calls[0].Decoded == nil || c.Calls[0].Decoded.Function != "setMinIdleBps" {
		t.Errorf("cancelled %+v, want %x setMinIdleBps", c, cancelled)
	}
	// Newest first: the liveness window, the config's approval, the
	// sources' addition.
	if d := g.Executed[0].Calls[0].Decoded; d == nil || d.Function != "setLivenessWindow" || d.Args[0].Value != "172800" {
		t.Errorf("executed[0] %+v", g.Executed[0])
	}
	if e := g.Executed[1]; e.ConfigHash != hexutil.Encode(running[:]) || e.Calls[0].Decoded == nil || e.Calls[0].Decoded.Function != "setConfig" {
		t.Errorf("executed[1] %+v: want the approval of %x", e, running)
	}
	if e := g.Executed[2]; len(e.Calls) != len(f.cfg.Sources) || e.Calls[0].Decoded == nil || e.Calls[0].Decoded.Function != "addSource" {
		t.Errorf("executed[2] %+v: want the sources' addition", e)
	}
}

// A rebalance's explanation carries its transaction and the decision
// receipt it emitted as the chain has them (read here through the vault's
// event filter), each checked against the store; a store that says
// otherwise is flagged.
func TestAPIDecisionChecksItsReceiptOnChain(t *testing.T) {
	f := newChainFixture(t)
	ctx := context.Background()
	out := f.tick(t)
	d := out.Decision
	if d.Action != store.ActionRebalance || out.Tx == nil || out.Tx.Status != store.StatusMined {
		t.Fatalf("the first tick did not rebalance: %+v %+v", d, out.Tx)
	}
	var e Explained
	if res := get(t, f.h, "/api/decisions/"+strconv.FormatInt(d.ID, 10), &e); res.StatusCode != http.StatusOK || e.ChainError != "" {
		t.Fatalf("status %d %q", res.StatusCode, e.ChainError)
	}
	c := e.OnChain
	if c == nil || !c.Found || c.Status != "success" || c.TxHash != out.Tx.Hash || c.Receipt == nil || c.Rebalanced == nil {
		t.Fatalf("on chain: %+v", c)
	}
	if !c.Matches || len(c.Checks) < 8 {
		t.Errorf("checks %+v: want every one to match", c.Checks)
	}
	vault, err := bindings.NewVaultFilterer(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	it, err := vault.FilterRebalanceDecision(&bind.FilterOpts{Context: ctx, Start: c.Block, End: &c.Block}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ev *bindings.VaultRebalanceDecision
	for it.Next() {
		if it.Event.Raw.TxHash.Hex() == out.Tx.Hash {
			ev = it.Event
		}
	}
	if ev == nil {
		t.Fatalf("no RebalanceDecision in %s", out.Tx.Hash)
	}
	r := c.Receipt
	if r.ConfigHash != hexutil.Encode(ev.ConfigHash[:]) || r.InputBlock != ev.InputBlock.String() || r.ExpectedGain != ev.ExpectedGain.String() ||
		r.PredictedAPYBps != ev.PredictedApyBps.String() || r.Keeper != ev.Keeper.Hex() || r.ModelID != hexutil.Encode(ev.ModelId[:]) ||
		r.ModelName != "meanvar/v1" || c.Block != ev.Raw.BlockNumber || c.BlockHash != ev.Raw.BlockHash.Hex() {
		t.Errorf("receipt %+v (block %d %s)\nthe chain's %+v", r, c.Block, c.BlockHash, ev)
	}
	if r.ConfigHash != d.ConfigHash || r.InputBlock != strconv.FormatUint(d.Block, 10) {
		t.Errorf("receipt %+v, the store's decision config %s block %d", r, d.ConfigHash, d.Block)
	}

	// Another history whose decision sent that transaction under another
	// config and with other targets: the chain disagrees, and says where.
	forged := d
	forged.ConfigHash = "0x" + strings.Repeat("ab", 32)
	forged.Targets = append([]*big.Int{new(big.Int).Add(d.Targets[0], big.NewInt(1))}, d.Targets[1:]...)
	other, err := store.Open(filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	forged.TickID = 0
	id, err := other.RecordDecision(ctx, forged)
	if err != nil {
		t.Fatal(err)
	}
	tx := *out.Tx
	tx.ID, tx.DecisionID = 0, id
	if _, err := other.RecordTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	page := &Chain{Backend: f.chain.Client, Vault: f.chain.Vault, Registry: f.chain.Registry}
	h := Handler(Options{Store: other, Config: func() *config.Config { return f.cfg }, Chain: func() *Chain { return page }})
	e = Explained{}
	get(t, h, "/api/decisions/"+strconv.FormatInt(id, 10), &e)
	if e.OnChain == nil || e.OnChain.Matches {
		t.Fatalf("a forged decision matches the chain: %+v", e.OnChain)
	}
	differ := map[string]bool{}
	for _, k := range e.OnChain.Checks {
		differ[k.Field] = !k.Match
	}
	if !differ["receipt.config_hash"] || !differ["rebalanced.targets"] || differ["status"] || differ["block"] || differ["receipt.input_block"] {
		t.Errorf("checks of the forged decision: %+v", e.OnChain.Checks)
	}

	// A hold sent nothing: no chain side.
	out = f.tick(t)
	if out.Decision.Action == store.ActionHold {
		e = Explained{}
		get(t, f.h, "/api/decisions/"+strconv.FormatInt(out.Decision.ID, 10), &e)
		if e.OnChain != nil {
			t.Errorf("a hold's chain side: %+v", e.OnChain)
		}
	}
}
