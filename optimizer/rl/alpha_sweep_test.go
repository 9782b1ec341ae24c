package rl_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// sweepSetup skips unless RL_SWEEP is set, and returns the real market as
// keeper backtest loads it, the last row at or before a date, and meanvar's
// settings as --tune-until chose them on both splits of the README.
func sweepSetup(t *testing.T) (*market.Market, func(date string) int, backtest.MeanVarSettings) {
	t.Helper()
	if os.Getenv("RL_SWEEP") == "" {
		t.Skip("set RL_SWEEP=1")
	}
	m, err := backtest.LoadMarket("../testdata/defillama", 24*time.Hour, backtest.DefaultMaxGap, market.Defaults)
	if err != nil {
		t.Fatal(err)
	}
	return m, rowAt(m), backtest.MeanVarSettings{Forecaster: backtest.ForecastEWMA, HalfLife: 2, RiskAversion: 0, Horizon: 3}
}

// rowAt returns the last row of m at or before a date YYYY-MM-DD.
func rowAt(m *market.Market) func(date string) int {
	return func(d string) int {
		day, _ := time.Parse(time.DateOnly, d)
		r := m.Len() - 1
		for r > 0 && m.Time(r).After(day) {
			r--
		}
		return r
	}
}

// partial moves a fraction α of the way from the current weights to
// meanvar's target whenever meanvar trades (and holds when it holds).
type partial struct {
	mv    *backtest.MeanVar
	alpha float64
}

func (p partial) Name() string { return fmt.Sprintf("meanvar-α%.2f", p.alpha) }

func (p partial) Decide(v *backtest.View, pf market.Portfolio) (backtest.Decision, error) {
	d, err := p.mv.Decide(v, pf)
	if err != nil || d.Target == nil {
		return d, err
	}
	w := pf.Weights()
	for i := range w {
		w[i] += p.alpha * (d.Target[i] - w[i])
	}
	return backtest.Decision{Target: w, Reason: d.Reason}, nil
}

// TestAlphaSweep is the first thing tried for issue 14's "learn when to
// trade and how far toward the meanvar target" (RL_SWEEP=1): fixed
// fractions α of meanvar's (tuned) move, in one vault over every pool, on
// both tuning periods and holdouts of the README. If no fixed α beats α = 1
// anywhere, a policy choosing α has little to learn.
func TestAlphaSweep(t *testing.T) {
	m, row, tuned := sweepSetup(t)
	for _, split := range []string{"2025-01-31", "2025-03-24"} {
		s := row(split)
		head, err := m.Head(s + 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, period := range []struct {
			name string
			m    *market.Market
			cfg  backtest.Config
		}{
			{"in-sample", head, backtest.Config{Capital: 1e7, Start: row("2024-07-05"), End: s, MinHistory: 30}},
			{"holdout", m, backtest.Config{Capital: 1e7, Start: s, MinHistory: 30}},
		} {
			line := ""
			for _, a := range []float64{0.25, 0.5, 0.75, 1} {
				st := partial{mv: tuned.MeanVar(strategy.DefaultMeanVar(), 24*time.Hour), alpha: a}
				r, err := backtest.Run(period.m, st, period.cfg)
				if err != nil {
					t.Fatal(err)
				}
				line += fmt.Sprintf("  α %.2f: %.3f%% (%d trades)", a, r.Metrics.NetAPYPct, r.Metrics.Rebalances)
			}
			t.Logf("split %s %s:%s", split, period.name, line)
		}
	}
}
