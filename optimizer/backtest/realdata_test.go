package backtest

import (
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// TestRealData runs every built-in strategy (rl aside) on the 63 real
// DefiLlama pools with $10M and $5 gas from the first day a pool has 30 days
// of data, and checks the orderings the issue asks for that hold: no
// strategy's value exceeds the bound's at any row, the heuristic oracle is
// at least as good as every walk-forward strategy, and meanvar beats greedy
// and equal on net APY with a lower volatility than greedy. It logs
// meanvar's share of the bound's and the oracle's net APY.
func TestRealData(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full backtest")
	}
	m, err := LoadMarket("../testdata/defillama", 24*time.Hour, DefaultMaxGap, market.Defaults)
	if err != nil {
		t.Fatal(err)
	}
	if m.N() != 63 {
		t.Fatalf("%d pools, want 63", m.N())
	}
	cfg := Config{Capital: 10e6, Start: 29, MinHistory: 30}
	h, err := NewHindsight(m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	bs, err := BestSingle(m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := RunAll(m, []Strategy{Equal(), bs, Greedy{}, DefaultMeanVar(), h}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Bound(m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		for k, v := range r.Value {
			if v > b.Value[k]*(1+1e-12) {
				t.Errorf("%s's value %.2f at row %d above the bound's %.2f", r.Strategy, v, r.Start+k, b.Value[k])
				break
			}
		}
	}
	by := map[string]Metrics{BoundName: b.Metrics}
	for _, r := range append(rs, b) {
		by[r.Strategy] = r.Metrics
		t.Logf("%-12s net %7.3f%%  gross %7.3f%%  vol %.4f%%  turnover %6.2f  rebalances %3d  gas %5.0f  final %.0f  %s",
			r.Strategy, r.Metrics.NetAPYPct, r.Metrics.GrossAPYPct, r.Metrics.VolatilityPct, r.Metrics.Turnover,
			r.Metrics.Rebalances, r.Metrics.GasUSD, r.Metrics.FinalValue, r.Note)
	}
	for _, s := range []string{"equal", "greedy", "meanvar"} {
		if by[OracleName].NetAPYPct < by[s].NetAPYPct {
			t.Errorf("oracle-heuristic %.3f%% < %s %.3f%%", by[OracleName].NetAPYPct, s, by[s].NetAPYPct)
		}
	}
	mv, g, e := by["meanvar"], by["greedy"], by["equal"]
	if mv.NetAPYPct <= g.NetAPYPct || mv.NetAPYPct <= e.NetAPYPct {
		t.Errorf("meanvar %.3f%% does not beat greedy %.3f%% and equal %.3f%%", mv.NetAPYPct, g.NetAPYPct, e.NetAPYPct)
	}
	if mv.VolatilityPct >= g.VolatilityPct {
		t.Errorf("meanvar volatility %.4f%% not below greedy's %.4f%%", mv.VolatilityPct, g.VolatilityPct)
	}
	t.Logf("meanvar reaches %.1f%% of the bound's net APY and %.1f%% of oracle-heuristic's", 100*mv.NetAPYPct/b.Metrics.NetAPYPct,
		100*mv.NetAPYPct/by[OracleName].NetAPYPct)

	// The oracle's lead comes from tomorrow's noisy APY: with foresight of
	// 7 or 30 days instead it earns less (the README's figures).
	for _, days := range []int{7, 30} {
		r, err := Run(m, HindsightWithHorizon(m, days), cfg)
		if err != nil {
			t.Fatal(err)
		}
		if r.Metrics.NetAPYPct > by[OracleName].NetAPYPct {
			t.Errorf("%d-day foresight %.3f%% beats the best-horizon oracle %.3f%%", days, r.Metrics.NetAPYPct, by[OracleName].NetAPYPct)
		}
		t.Logf("oracle-heuristic with %d-day foresight: net %.3f%%; meanvar reaches %.1f%% of it", days, r.Metrics.NetAPYPct, 100*mv.NetAPYPct/r.Metrics.NetAPYPct)
	}
}

// tuneSplit is the row of 2025-01-31 in the real data, the tuning period's
// last row in the README.
func tuneSplit(t testing.TB, m *market.Market) int {
	d := time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)
	for r := 0; r < m.Len(); r++ {
		if m.Time(r).Equal(d) {
			return r
		}
	}
	t.Fatalf("no row at %s", d.Format(time.DateOnly))
	return 0
}

// TestTuneRealData tunes meanvar on the real pools up to 2025-01-31 with the
// default grid and checks, on the holdout after it, what was measured with
// a wide margin: the tuned meanvar beats greedy (8.96% against 8.17% net)
// and equal (5.41%) there.
func TestTuneRealData(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 168 backtests")
	}
	m, err := LoadMarket("../testdata/defillama", 24*time.Hour, DefaultMaxGap, market.Defaults)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Capital: 10e6, Start: 29, MinHistory: 30}
	split := tuneSplit(t, m)
	tu, err := Tune(m, cfg, split, DefaultTuneGrid())
	if err != nil {
		t.Fatal(err)
	}
	out := cfg
	out.Start = split
	rs, err := RunAll(m, []Strategy{Greedy{}, Equal()}, out)
	if err != nil {
		t.Fatal(err)
	}
	h := tu.Holdout.Metrics
	t.Logf("chosen %v: tuning %.3f%%, holdout %.3f%%; greedy %.3f%%, equal %.3f%% on the holdout",
		tu.Chosen, tu.InSample.Metrics.NetAPYPct, h.NetAPYPct, rs[0].Metrics.NetAPYPct, rs[1].Metrics.NetAPYPct)
	for _, r := range rs {
		if h.NetAPYPct <= r.Metrics.NetAPYPct {
			t.Errorf("holdout: tuned meanvar %.3f%% does not beat %s %.3f%%", h.NetAPYPct, r.Strategy, r.Metrics.NetAPYPct)
		}
	}
}

// BenchmarkTune is Tune on the real pools with the default grid (168
// settings over 2024-07-05 … 2025-01-31, then the holdout run).
func BenchmarkTune(b *testing.B) {
	m, err := LoadMarket("../testdata/defillama", 24*time.Hour, DefaultMaxGap, market.Defaults)
	if err != nil {
		b.Fatal(err)
	}
	split := tuneSplit(b, m)
	for b.Loop() {
		if _, err := Tune(m, Config{Capital: 10e6, Start: 29, MinHistory: 30}, split, DefaultTuneGrid()); err != nil {
			b.Fatal(err)
		}
	}
}
