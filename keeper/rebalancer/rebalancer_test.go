package rebalancer

import (
	"context"
	"io"
	"log/slog"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

type fixture struct {
	cfg   *config.Config
	chain *devchain.Chain
	store *store.Store
	p     Params
}

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(`
local:
  chain:
    kind: embedded
    embedded:
      block_interval: 50ms
      block_time: 1h
      deposit: 100000
      min_idle: 0.02
      pools:
        - {name: low,  slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.5, volatility: 0}
        - {name: high, slope1: 0.12, slope2: 0.4, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.8, volatility: 0}
governed:
  sources:
    - {name: low, cap: 0.7}
    - {name: high, cap: 0.6}
`))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Storage.Path = filepath.Join(t.TempDir(), "keeper.db")
	return cfg
}

func newFixture(t *testing.T, cfg *config.Config) *fixture {
	t.Helper()
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ch, err := devchain.Start(ctx, cfg.Chain.Embedded, cfg.Sources, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	st, err := store.Open(cfg.Storage.Path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := Params{Config: cfg, Chain: ch.Client, Vault: ch.Vault, Store: st, Signer: ch.Keeper, Log: log,
		Sources: ch.SourceConfigs(cfg.Sources)}
	return &fixture{cfg: cfg, chain: ch, store: st, p: p}
}

// mineInBackground seals blocks (without market moves) while a tick waits
// for its receipt. The returned function stops it (the simulated backend's
// Commit must not run concurrently with another Commit, e.g. devchain.Mine).
func (f *fixture) mineInBackground(t *testing.T) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			f.chain.Backend.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()
	stop = func() { cancel(); <-done }
	t.Cleanup(stop)
	return stop
}

func (f *fixture) tick(t *testing.T, p Params, dryRun bool) (Outcome, error) {
	t.Helper()
	r, err := New(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return r.Tick(ctx, dryRun)
}

func TestTickRebalancesIdleDepositWithinCaps(t *testing.T) {
	f := newFixture(t, testConfig(t))
	f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	if d.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != "mined" || out.Tx.GasUsed == 0 {
		t.Fatalf("want a mined rebalance, got %+v tx %+v", d, out.Tx)
	}
	// The optimizer must prefer the higher-rate pool up to its cap and keep the minimum idle share.
	hi := -1
	for i, n := range out.Names {
		if n == "high" {
			hi = i
		}
	}
	if math.Abs(d.TargetWeights[hi]-0.6) > 1e-6 {
		t.Fatalf("high-rate pool target weight %v, want its cap 0.6 (weights %v, APYs %v)", d.TargetWeights[hi], d.TargetWeights, apys(out.State))
	}
	sum := 0.0
	for _, w := range d.TargetWeights {
		sum += w
	}
	if sum > 1-f.cfg.Optimizer.MinIdle+1e-9 {
		t.Fatalf("target weights sum %v leave less than min idle %v", sum, f.cfg.Optimizer.MinIdle)
	}

	// On-chain state now matches the targets exactly, and the store has it all.
	vc, err := vaults.New(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	after, err := vc.State(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Rate impact was predicted: each pool's APY after the mined move is what
	// its adapter quoted before it (only seconds of interest accrue between).
	naive := 0.0
	for i, s := range after.Sources {
		if math.Abs(s.SupplyAPY-out.APYAfter[i]) > 1e-6 {
			t.Fatalf("source %d APY after the move %.8f, predicted %.8f (before %.8f)", i, s.SupplyAPY, out.APYAfter[i], out.State.Sources[i].SupplyAPY)
		}
		tv, _ := new(big.Float).SetInt(d.Targets[i]).Float64()
		naive += tv / 1e6 * out.State.Sources[i].SupplyAPY
	}
	// Depositing lowers rates, so the honest gain is below the naive one.
	if !(d.ExpectedGain > 0 && d.ExpectedGain < naive) {
		t.Fatalf("expected gain %v, naive (no rate impact) %v", d.ExpectedGain, naive)
	}
	for i, s := range after.Sources {
		if s.Assets.Cmp(d.Targets[i]) < 0 {
			t.Fatalf("source %d holds %v after rebalance, target %v", i, s.Assets, d.Targets[i])
		}
		// Interest may have accrued since, but no more than 1% over the target.
		limit := new(big.Int).Div(new(big.Int).Mul(d.Targets[i], big.NewInt(101)), big.NewInt(100))
		if s.Assets.Cmp(limit) > 0 {
			t.Fatalf("source %d holds %v after rebalance, far above target %v", i, s.Assets, d.Targets[i])
		}
	}
	hist, err := f.store.History(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 1 || len(hist[0].Transactions) != 1 || hist[0].Transactions[0].Hash != out.Tx.Hash || hist[0].Transactions[0].Status != "mined" {
		t.Fatalf("history does not hold the mined rebalance: %+v", hist)
	}
	// The share price at the decision's block, as the vault converts one share.
	vb, err := bindings.NewVaultCaller(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	at := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(d.Block)}
	shareDec, err := vb.Decimals(at)
	if err != nil {
		t.Fatal(err)
	}
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shareDec)), nil)
	price, err := vb.ConvertToAssets(at, one)
	if err != nil {
		t.Fatal(err)
	}
	if got := hist[0].Decision.SharePrice; got == nil || got.Cmp(price) != 0 || d.SharePrice.Cmp(price) != 0 || price.Cmp(big.NewInt(1e6)) < 0 {
		t.Fatalf("recorded share price %v, the vault's convertToAssets(%v) at block %d %v", got, one, d.Block, price)
	}

	// Right after, the allocation is on target: the next tick holds.
	out2, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out2.Decision.Action != ActionHold || out2.Tx != nil {
		t.Fatalf("second tick should hold, got %+v", out2.Decision)
	}
}

func apys(st vaults.State) []float64 {
	var r []float64
	for _, s := range st.Sources {
		r = append(r, s.SupplyAPY)
	}
	return r
}

// The strategy prices gas as a switching cost: with a cost horizon of a
// second (a move must pay its gas back within it) it holds and says why.
func TestOptimizerHoldsWhenGasOutweighsGain(t *testing.T) {
	cfg := testConfig(t)
	cfg.Optimizer.CostHorizon = config.Duration(time.Second)
	f := newFixture(t, cfg)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionHold || out.Tx != nil || !strings.Contains(out.Decision.Reason, "optimizer: holding") ||
		!strings.Contains(out.Decision.Reason, "not above its cost") {
		t.Fatalf("want a hold explained by the move's cost, got %+v", out.Decision)
	}
}

// The final rule uses the node's gas estimate of the actual call: when the
// optimizer is told gas is free but the call's real gas outweighs the gain
// × factor, the keeper holds and records both figures.
func TestTickHoldsWhenGasOutweighsGain(t *testing.T) {
	cfg := testConfig(t)
	cfg.Rebalance.GainFactor = 1e15
	cfg.Rebalance.GasPerSource, cfg.Rebalance.GasPerTx = 0, 0
	f := newFixture(t, cfg)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionHold || out.Tx != nil || !strings.Contains(out.Decision.Reason, "does not exceed gas cost") {
		t.Fatalf("want a hold explained by gas, got %+v", out.Decision)
	}
	if out.Decision.GasEstimate == 0 || out.Decision.GasCost <= 0 || out.Decision.ExpectedGain <= 0 {
		t.Fatalf("decision lacks its gas and gain figures: %+v", out.Decision)
	}
	assertIdleUntouched(t, f)
}

func TestDryRunAndNoSignerSendNothing(t *testing.T) {
	f := newFixture(t, testConfig(t))
	out, err := f.tick(t, f.p, true)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionRebalance || !out.Decision.DryRun || out.Tx != nil || !strings.Contains(out.Decision.Reason, "dry run") {
		t.Fatalf("dry run: %+v", out.Decision)
	}
	p := f.p
	p.Signer = nil
	out, err = f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Tx != nil || !strings.Contains(out.Decision.Reason, "no signer") {
		t.Fatalf("no signer: %+v", out.Decision)
	}
	assertIdleUntouched(t, f)
}

func TestWrongSignerIsRecordedAndNothingSent(t *testing.T) {
	f := newFixture(t, testConfig(t))
	other, err := signer.NewDev(devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	p := f.p
	p.Signer = other
	out, err := f.tick(t, p, false)
	if err == nil || !strings.Contains(err.Error(), "not the vault's keeper") {
		t.Fatalf("want a keeper-role error, got %v", err)
	}
	if out.Decision.Action != ActionError || out.Tx != nil {
		t.Fatalf("want a recorded error decision, got %+v", out.Decision)
	}
	hist, err := f.store.History(context.Background(), 5)
	if err != nil || len(hist) != 1 || hist[0].Decision.Action != ActionError {
		t.Fatalf("error decision not stored: %+v %v", hist, err)
	}
	assertIdleUntouched(t, f)
}

func TestUnknownSourceRefused(t *testing.T) {
	f := newFixture(t, testConfig(t))
	p := f.p
	p.Sources = map[common.Address]config.Source{f.chain.Pools[0].Adapter: f.cfg.Sources[0]}
	if _, err := f.tick(t, p, false); err == nil || !strings.Contains(err.Error(), f.chain.Pools[1].Adapter.Hex()) {
		t.Fatalf("want an error naming the unlisted source, got %v", err)
	}
}

// assertIdleUntouched checks nothing was moved out of the vault.
func assertIdleUntouched(t *testing.T, f *fixture) {
	t.Helper()
	vc, err := vaults.New(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	st, err := vc.State(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Idle.Cmp(st.TotalAssets) != 0 {
		t.Fatalf("assets moved: idle %v of %v", st.Idle, st.TotalAssets)
	}
}

func (f *fixture) govern(t *testing.T, what, method string, args ...any) {
	t.Helper()
	parsed, err := bindings.VaultMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.chain.Govern(context.Background(), what, devchain.Call{Target: f.chain.Vault, Data: data}); err != nil {
		t.Fatal(err)
	}
}

// guardian is the vault's binding and the guardian's transaction options.
func (f *fixture) guardian(t *testing.T) (*bindings.Vault, *bind.TransactOpts) {
	t.Helper()
	v, err := bindings.NewVault(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	g, err := f.chain.GuardianOpts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return v, g
}

func TestTickHoldsWhilePaused(t *testing.T) {
	f := newFixture(t, testConfig(t))
	v, g := f.guardian(t)
	tx, err := v.Pause(g)
	if err := f.chain.Mine(context.Background(), "pause", tx, err); err != nil {
		t.Fatal(err)
	}
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionHold || !strings.Contains(out.Decision.Reason, "paused") || out.Tx != nil {
		t.Fatalf("want a hold while paused, got %+v", out.Decision)
	}
	assertIdleUntouched(t, f)
}

// With a 20% turnover limit the optimizer (whose unconstrained move is about
// 95% of assets) moves just under the limit; the rebalance is accepted
// on-chain, carries the decision receipt, and the next tick waits out the
// cooldown.
func TestTickScalesMoveToTurnoverLimitAndRespectsCooldown(t *testing.T) {
	f := newFixture(t, testConfig(t))
	f.govern(t, "limit turnover", "setMaxTurnoverBps", big.NewInt(2_000))
	f.govern(t, "set cooldown", "setCooldown", big.NewInt(6*3600))
	f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	if d.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != "mined" {
		t.Fatalf("want a mined rebalance, got %+v tx %+v", d, out.Tx)
	}
	moved := 0.0
	for _, w := range d.TargetWeights {
		moved += w
	}
	if moved > 0.2 || moved < 0.19 {
		t.Fatalf("moved %.4f of assets out of idle, want just under the 20%% turnover limit", moved)
	}

	// The receipt reached the chain with the decision's inputs.
	v, err := bindings.NewVault(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	it, err := v.FilterRebalanceDecision(&bind.FilterOpts{Context: context.Background()}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	if !it.Next() {
		t.Fatalf("no RebalanceDecision event: %v", it.Error())
	}
	ev := it.Event
	if ev.ModelId != ModelID || ev.InputBlock.Uint64() != d.Block || ev.Keeper != f.chain.Keeper.Address() || ev.ExpectedGain.Sign() <= 0 || ev.PredictedApyBps.Sign() <= 0 {
		t.Fatalf("receipt %+v does not match decision %+v", ev, d)
	}

	out2, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out2.Decision.Action != ActionHold || !strings.Contains(out2.Decision.Reason, "cooldown") || out2.Tx != nil {
		t.Fatalf("want a hold during the cooldown, got %+v", out2.Decision)
	}
}

// A keeper that holds for more than half the liveness window sends a
// heartbeat, after which nobody can trigger the failsafe.
func TestHoldingKeeperSendsHeartbeat(t *testing.T) {
	cfg := testConfig(t)
	cfg.Rebalance.GainFactor = 1e15 // always hold
	f := newFixture(t, cfg)
	// Setting the window starts a fresh one; 70 minutes later the keeper's
	// last activity is more than half the 2h window ago.
	f.govern(t, "liveness window", "setLivenessWindow", big.NewInt(2*3600))
	if err := f.chain.AdvanceTime(context.Background(), 70*time.Minute); err != nil {
		t.Fatal(err)
	}
	stopMining := f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	stopMining()
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionHold || out.Tx == nil || out.Tx.Status != "mined" {
		t.Fatalf("want a hold with a mined heartbeat, got %+v tx %+v", out.Decision, out.Tx)
	}
	vc, err := vaults.New(f.chain.Vault, f.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	st, err := vc.State(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.HeartbeatDue() || st.BlockTime.Sub(st.LastKeeperActivity) > time.Minute {
		t.Fatalf("heartbeat not recorded on-chain: last activity %v, block time %v", st.LastKeeperActivity, st.BlockTime)
	}
	v, _ := bindings.NewVault(f.chain.Vault, f.chain.Client)
	do, err := f.chain.DepositorOpts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	do.GasLimit = 1_000_000
	tx, err := v.TriggerFailsafe(do)
	if err := f.chain.Mine(context.Background(), "trigger failsafe", tx, err); err == nil {
		t.Fatal("failsafe triggered against a live keeper")
	}
	// Right after a heartbeat no second one is due.
	out2, err := f.tick(t, f.p, false)
	if err != nil || out2.Tx != nil {
		t.Fatalf("second tick: %+v, %v", out2.Tx, err)
	}
}

func TestTickHoldsWhenFailsafeActive(t *testing.T) {
	f := newFixture(t, testConfig(t))
	f.govern(t, "liveness window", "setLivenessWindow", big.NewInt(3600))
	// The keeper stays silent for the whole fresh window.
	if err := f.chain.AdvanceTime(context.Background(), 61*time.Minute); err != nil {
		t.Fatal(err)
	}
	v, _ := bindings.NewVault(f.chain.Vault, f.chain.Client)
	do, err := f.chain.DepositorOpts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tx, err := v.TriggerFailsafe(do)
	if err := f.chain.Mine(context.Background(), "trigger failsafe", tx, err); err != nil {
		t.Fatal(err)
	}
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionHold || !strings.Contains(out.Decision.Reason, "failsafe") || out.Tx != nil {
		t.Fatalf("want a hold while the failsafe is active, got %+v", out.Decision)
	}
	assertIdleUntouched(t, f)
}

// A rebalance that is not mined within the tick stays in the transaction
// manager's journal; the next tick finishes it before deciding anything new,
// and no second rebalance is sent while it is open.
func TestUnfinishedSendIsResumedBeforeNewDecisions(t *testing.T) {
	cfg := testConfig(t)
	cfg.Rebalance.ReceiptTimeout = config.Duration(time.Second)
	f := newFixture(t, cfg)
	_, err := f.tick(t, f.p, false) // no blocks are sealed: the send cannot be mined
	if err == nil || !strings.Contains(err.Error(), "sending rebalance") {
		t.Fatalf("first tick: %v, want the send to time out", err)
	}
	open, err := f.store.OpenSends(context.Background(), devchain.ChainID.Uint64(), f.chain.Keeper.Address().Hex())
	if err != nil || len(open) != 1 || open[0].State != store.SendSent {
		t.Fatalf("open sends after the timeout: %+v %v", open, err)
	}

	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != ActionHold || !strings.Contains(out.Decision.Reason, "earlier send is not finished: "+open[0].Key) {
		t.Fatalf("second tick: %+v", out.Decision)
	}

	f.mineInBackground(t)
	out, err = f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	snd, err := f.store.SendByKey(context.Background(), open[0].Key)
	if err != nil || snd.State != store.SendConfirmed {
		t.Fatalf("resumed send: %+v %v", snd, err)
	}
	// The resumed rebalance moved the vault (and started its cooldown) after
	// the tick observed it: the tick decides nothing on that stale state.
	if out.Decision.Action != ActionHold || !strings.Contains(out.Decision.Reason, "finished an earlier send ("+open[0].Key) || out.Tx != nil {
		t.Fatalf("third tick: %+v", out.Decision)
	}
	tx, err := f.store.Transaction(context.Background(), snd.TxHash)
	if err != nil || tx.Status != store.StatusMined || tx.DecisionID != open[0].DecisionID {
		t.Fatalf("history row of the resumed send: %+v %v", tx, err)
	}
	// One transaction per send, each confirmed: nothing was sent twice.
	sends, err := f.store.RecentSends(context.Background(), 10)
	n, nerr := f.chain.Client.NonceAt(context.Background(), f.chain.Keeper.Address(), nil)
	if err != nil || nerr != nil || n != uint64(len(sends)) {
		t.Fatalf("keeper nonce %d, %d sends (%v, %v)", n, len(sends), err, nerr)
	}
	for _, s := range sends {
		if s.State != store.SendConfirmed {
			t.Errorf("send %s is %s after the third tick (%s)", s.Key, s.State, out.Decision.Reason)
		}
	}
}
