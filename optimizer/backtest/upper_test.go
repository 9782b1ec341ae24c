package backtest

import (
	"math"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// TestBoundOnePool: with one pool, no gas and η = 0 (the income rises with
// the holding), each day's best allocation is everything in the pool, so
// the bound is the buy-and-hold path x ← x·(1 + a·S/(S+x))^Δ.
func TestBoundOnePool(t *testing.T) {
	const a, L, C = 0.07, 20e6, 10e6
	cfg := market.Config{Util: 0.8, Elasticity: 0}
	m := gen(t, []string{"p"}, 120, cfg, func(r, _ int) float64 { return a * (1 + 0.5*math.Sin(float64(r))) },
		func(int, int) float64 { return L })
	b, err := Bound(m, Config{Capital: C})
	if err != nil {
		t.Fatal(err)
	}
	hold := mustRun(t, m, Single(0, "p"), Config{Capital: C})
	S := L / (1 - cfg.Util)
	x := C
	for k := 0; k < m.Len()-1; k++ {
		if !near(b.Value[k], x, 1e-12) || !near(hold.Value[k], x, 1e-12) {
			t.Fatalf("row %d: bound %v, hold %v, want %v", k, b.Value[k], hold.Value[k], x)
		}
		x *= math.Pow(1+m.APY(k+1, 0)*S/(S+x), m.PeriodYears())
	}
	if !near(b.Metrics.FinalValue, x, 1e-12) || b.Metrics.Rebalances != 0 || b.Strategy != BoundName {
		t.Errorf("final %v, want %v; %+v", b.Metrics.FinalValue, x, b.Metrics)
	}
}

// eager is all in the eligible pool with the highest APY now, every row,
// whatever it costs.
type eager struct{}

func (eager) Name() string { return "eager" }
func (eager) Decide(v *View, _ market.Portfolio) (Decision, error) {
	best := -1
	for i := 0; i < v.N(); i++ {
		if v.Eligible(i) && (best < 0 || v.APY(v.T(), i) > v.APY(v.T(), best)) {
			best = i
		}
	}
	w := make([]float64, v.N())
	if best >= 0 {
		w[best] = 1
	}
	return Decision{Target: w}, nil
}

// reckless is eager over every listed pool, eligible or not.
type reckless struct{}

func (reckless) Name() string { return "reckless" }
func (reckless) Decide(v *View, _ market.Portfolio) (Decision, error) {
	best := -1
	for i := 0; i < v.N(); i++ {
		if v.Listed(v.T(), i) && (best < 0 || v.APY(v.T(), i) > v.APY(v.T(), best)) {
			best = i
		}
	}
	w := make([]float64, v.N())
	if best >= 0 {
		w[best] = 1
	}
	return Decision{Target: w}, nil
}

// TestRunEnforcesEligibility: the engine refuses new money into a listed
// pool with fewer than MinHistory rows of data, whichever strategy asks (the
// bound relies on it), naming the pool, its rows and the rule; with the
// rule at 1 row the same strategy runs.
func TestRunEnforcesEligibility(t *testing.T) {
	m := gen(t, []string{"old", "young"}, 60, market.Defaults, func(r, c int) float64 {
		switch {
		case c == 0:
			return 0.05
		case r < 20:
			return math.NaN()
		}
		return 0.30
	}, func(r, c int) float64 {
		if c == 1 && r < 20 {
			return math.NaN()
		}
		return 5e7
	})
	_, err := Run(m, reckless{}, Config{Capital: 1e6, Start: 10, MinHistory: 10})
	if err == nil || !strings.Contains(err.Error(), "into young: not eligible (1 rows of data up to now, the rule is 10)") {
		t.Errorf("err = %v, want the engine's refusal naming young", err)
	}
	r, err := Run(m, reckless{}, Config{Capital: 1e6, Start: 10, MinHistory: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Weights[10][1] < 0.99 {
		t.Errorf("with the rule at 1 row, young's weight at row 20 is %v, want all in", r.Weights[10][1])
	}
}

// TestBoundDominates: on synthetic markets (noise, spikes, late listings,
// gas, proportional costs, η = 1) no strategy's value, oracles and one that
// chases the best eligible rate every row included, exceeds the bound's at
// any row; and the bound is no looser than it must be for a young pool: it
// does not count the 30% the young pool pays before it is eligible.
func TestBoundDominates(t *testing.T) {
	// A pool listed late that pays 30% in its first 20 rows, before the
	// eligibility rule lets the built-in strategies in.
	young := gen(t, []string{"old", "young"}, 120, market.Defaults, func(r, c int) float64 {
		switch {
		case c == 0:
			return 0.05
		case r < 50:
			return math.NaN()
		case r < 70:
			return 0.30
		}
		return 0.03
	}, func(r, c int) float64 {
		if c == 1 && r < 50 {
			return math.NaN()
		}
		return 5e7
	})
	for seed := uint64(0); seed <= 4; seed++ {
		cfg := market.Defaults
		cfg.CostBps = 2
		if seed%2 == 0 {
			cfg.GasUSD = 0
		}
		m := young
		if seed > 0 {
			m = randomPanel(t, seed, 6, 200, cfg)
		}
		bc := Config{Capital: []float64{1e7, 1e5, 1e7, 1e8, 1e9}[seed], Start: 20, MinHistory: 30}
		h, err := NewHindsight(m, bc)
		if err != nil {
			t.Fatal(err)
		}
		bs, err := BestSingle(m, bc)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := RunAll(m, []Strategy{h, bs, Greedy{}, DefaultMeanVar(), Equal(), eager{}}, bc)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Bound(m, bc)
		if err != nil {
			t.Fatal(err)
		}
		if seed == 0 {
			// young is listed from row 50, so it has 30 rows of data at row 79.
			for k, w := range b.Weights {
				if row := bc.Start + k; row < 79 && w[1] > 0 {
					t.Errorf("the bound holds %.3f in young at row %d, before it is eligible", w[1], row)
					break
				}
			}
		}
		for _, r := range rs {
			for k, v := range r.Value {
				if v > b.Value[k]*(1+1e-12) {
					t.Errorf("seed %d: %s's value %.2f at row %d above the bound's %.2f", seed, r.Strategy, v, r.Start+k, b.Value[k])
					break
				}
			}
		}
		t.Logf("seed %d: bound %.3f%%, %s %.3f%%, greedy %.3f%%, meanvar %.3f%%, eager %.3f%%", seed, b.Metrics.NetAPYPct,
			rs[0].Strategy, rs[0].Metrics.NetAPYPct, rs[2].Metrics.NetAPYPct, rs[3].Metrics.NetAPYPct, rs[5].Metrics.NetAPYPct)
	}
}
