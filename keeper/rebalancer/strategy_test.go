package rebalancer

import (
	"context"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// sameHistory is three sources observed at rows spaced step apart: APYs
// that drift and jump (so that the forecast, the covariance and the risk
// term all matter) and free liquidity of 0.8M–20M (so that the vault's own
// deposit lowers the best rate enough to split the money).
func sameHistory(step time.Duration, rows int) *history.Panel {
	start := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	p := &history.Panel{Names: []string{"steady", "jumpy", "deep"},
		APY: mat.NewDense(rows, 3, nil), TVL: mat.NewDense(rows, 3, nil), Filled: mat.NewDense(rows, 3, nil)}
	for t := range rows {
		p.Times = append(p.Times, start.Add(time.Duration(t)*step))
		x := float64(t)
		p.APY.SetRow(t, []float64{
			0.045 + 0.002*math.Sin(x/5),
			0.05 + 0.03*math.Sin(x/3) + 0.01*float64(t%4),
			0.038 + 0.0005*x/float64(rows),
		})
		p.TVL.SetRow(t, []float64{2e6, 8e5 + 1e3*x, 20e6})
	}
	return p
}

// TestKeeperAndBacktestDecideAlike feeds the same observation history to
// the keeper's path (observations recorded in its store, read back by
// strategyHistory; its inputs from the vault's state; the governed settings
// of the shipped config) and to `keeper backtest`'s (the market's view and
// portfolio; backtest.MeanVar with the same settings), with the same rate
// impact, and gets the same target weights and forecasts, bit for bit, on
// daily and on hourly rows.
func TestKeeperAndBacktestDecideAlike(t *testing.T) {
	cfg, err := config.Load(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// Limits and costs as the backtest's market has them: no minimum idle,
	// caps of 1, $5 per source touched and nothing per transaction (gas
	// price 1 ETH per gas at 1 asset unit per ETH: 5 gas is 5 units).
	cfg.Optimizer.MinIdle = 0
	cfg.Rebalance.GasPerSource, cfg.Rebalance.GasPerTx, cfg.Rebalance.EthPrice = market.Defaults.GasUSD, 0, 1
	gasPrice := big.NewInt(1e18)

	for _, step := range []time.Duration{24 * time.Hour, time.Hour} {
		const rows = 60
		panel := sameHistory(step, rows)
		m, err := market.New(panel, market.Defaults)
		if err != nil {
			t.Fatal(err)
		}
		amounts := []float64{250_000, 0, 100_000} // and 650,000 idle
		p := market.Portfolio{Amounts: amounts, Idle: 650_000}
		view := backtest.NewView(m, rows-1, 1)

		// The backtest's decision.
		mv := &backtest.MeanVar{Strategy: cfg.Optimizer.MeanVar()}
		bd, err := mv.Decide(view, p.Clone())
		if err != nil {
			t.Fatal(err)
		}
		if bd.Target == nil {
			t.Fatalf("step %v: the backtest holds (%s); the test needs a move", step, bd.Reason)
		}

		// The keeper's: its store holds the same observations, one tick per row.
		st, r := keeperWithHistory(t, cfg, panel, amounts)
		pr := r.inputs(st, gasPrice)
		if pr.in.Limits.Drift != cfg.Rebalance.MinMove {
			t.Errorf("drift tolerated %v, want governed.rebalance.min_move %v", pr.in.Limits.Drift, cfg.Rebalance.MinMove)
		}
		pr.in.Impact = backtest.MarketImpact(view, p) // the chain's quotes, in the backtest's market
		kd, err := r.decideMeanVar(context.Background(), st, pr)
		if err != nil {
			t.Fatal(err)
		}
		if kd.Hold || len(kd.Weights) != len(bd.Target) {
			t.Fatalf("step %v: keeper decision %+v, backtest targets %v", step, kd, bd.Target)
		}
		for i := range bd.Target {
			if math.Float64bits(kd.Weights[i]) != math.Float64bits(bd.Target[i]) {
				t.Errorf("step %v: source %d: keeper target %v, backtest %v", step, i, kd.Weights[i], bd.Target[i])
			}
		}
		// And the forecast is the strategy's own, from the same rows.
		in := backtest.StrategyInput(view, p, cfg.Optimizer.MeanVar().Window)
		sd, err := cfg.Optimizer.MeanVar().Decide(in)
		if err != nil {
			t.Fatal(err)
		}
		for i := range sd.Forecast {
			if math.Float64bits(kd.Forecast[i]) != math.Float64bits(sd.Forecast[i]) {
				t.Errorf("step %v: source %d: keeper forecast %v, backtest's %v", step, i, kd.Forecast[i], sd.Forecast[i])
			}
		}
		if kd.Model != "ewma half-life 2d" || kd.Reason == "" { // config.yaml's forecast_half_life
			t.Errorf("step %v: model %q, reason %q", step, kd.Model, kd.Reason)
		}
		t.Logf("step %v: targets %.6f, forecast %.6f", step, kd.Weights, kd.Forecast)
	}
}

// keeperWithHistory is a rebalancer whose store holds one tick per row of
// panel (every source observed at a block with the row's time, the ticks
// ten seconds of wall-clock time apart as on the embedded chain), and the
// vault's state at the last row: amounts (whole tokens of 6 decimals) in
// the sources, total assets 1,000,000, no caps, no minimum idle, no
// turnover limit.
func keeperWithHistory(t *testing.T, cfg *config.Config, panel *history.Panel, amounts []float64) (vaults.State, *Rebalancer) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	vault := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	unlimited := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	token := big.NewInt(1e6)
	rows, n := panel.APY.Dims()
	st := vaults.State{Vault: vault, Decimals: 6, TotalAssets: new(big.Int).Mul(big.NewInt(1_000_000), token),
		Block: uint64(rows - 1), BlockTime: panel.Times[rows-1]}
	wall := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	sources := map[common.Address]config.Source{}
	for i := range n {
		a := common.BigToAddress(big.NewInt(int64(0xb0 + i)))
		sources[a] = config.Source{Name: panel.Names[i], Cap: 1}
		st.Sources = append(st.Sources, vaults.SourceState{Address: a, Assets: new(big.Int).Mul(big.NewInt(int64(amounts[i])), token),
			Cap: unlimited, RelCapBps: 10_000, SupplyAPY: panel.APY.At(rows-1, i)})
	}
	for t0 := range rows {
		obs := make([]store.Observation, n)
		for i, src := range st.Sources {
			obs[i] = store.Observation{Time: wall.Add(time.Duration(t0) * 10 * time.Second), BlockTime: panel.Times[t0],
				ChainID: 1, Vault: vault.Hex(), Block: uint64(t0),
				Source: src.Address.Hex(), Name: panel.Names[i], Assets: src.Assets, SupplyAPY: panel.APY.At(t0, i)}
		}
		if _, err := s.RecordObservations(ctx, obs); err != nil {
			t.Fatal(err)
		}
	}
	return st, &Rebalancer{p: Params{Config: cfg, Store: s, Sources: sources}, chainID: big.NewInt(1)}
}

// TestStrategyHistoryByBlockTime: the keeper's history is its ticks over
// the window by the timestamps of the blocks they observed, not by the
// wall clock; a tick that observed the same block as the next is one
// observation with it.
func TestStrategyHistoryByBlockTime(t *testing.T) {
	cfg, err := config.Load(filepath.Join("..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	panel := sameHistory(time.Hour, 5) // blocks an hour apart, ticks 10 s apart
	panel.Times[2] = panel.Times[3]    // ticks 2 and 3 observed the same block
	st, r := keeperWithHistory(t, cfg, panel, []float64{0, 0, 0})
	h, err := r.strategyHistory(context.Background(), st, 3*time.Hour+30*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	// The window is 3½ hours of chain time: ticks 1 … 4 (tick 0 is 4 hours
	// old); tick 2 is tick 3's block.
	want := []int{1, 3, 4}
	if len(h.Times) != len(want) {
		t.Fatalf("times %v, want ticks %v", h.Times, want)
	}
	for k, tick := range want {
		if !h.Times[k].Equal(panel.Times[tick]) || h.APY.At(k, 1) != panel.APY.At(tick, 1) {
			t.Errorf("row %d: %v %v, want tick %d at %v", k, h.Times[k], mat.Row(nil, k, h.APY), tick, panel.Times[tick])
		}
	}
	st.BlockTime = st.BlockTime.Add(time.Second)
	if _, err := r.strategyHistory(context.Background(), st, time.Hour); err == nil ||
		!strings.Contains(err.Error(), "the tick being decided is not in the store") {
		t.Errorf("a tick not stored: %v", err)
	}
}
