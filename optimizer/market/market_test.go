package market

import (
	"math"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
)

// panel builds a daily panel from per-row APYs and TVLs (NaN = unlisted).
func panel(t *testing.T, names []string, apy, tvl [][]float64) *history.Panel {
	t.Helper()
	rows, cols := len(apy), len(names)
	p := &history.Panel{
		Names:  names,
		APY:    mat.NewDense(rows, cols, nil),
		TVL:    mat.NewDense(rows, cols, nil),
		Filled: mat.NewDense(rows, cols, nil),
	}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for r := 0; r < rows; r++ {
		p.Times = append(p.Times, start.Add(time.Duration(r)*24*time.Hour))
		for c := 0; c < cols; c++ {
			p.APY.Set(r, c, apy[r][c])
			p.TVL.Set(r, c, tvl[r][c])
		}
	}
	return p
}

func mustMarket(t *testing.T, p *history.Panel, cfg Config) *Market {
	t.Helper()
	m, err := New(p, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

func TestRateAtCapacityClosedForm(t *testing.T) {
	nan := math.NaN()
	p := panel(t, []string{"a", "b"},
		[][]float64{{0.05, nan}, {0.06, 0.04}},
		[][]float64{{800, nan}, {1000, 0}})
	m := mustMarket(t, p, Config{Util: 0.5, Elasticity: 1})
	// S = L/(1−u₀) = 2000; a deposit of S halves the supply share: r = a·(1/2)².
	if got, want := m.RateAt(1, 0, 2000), 0.06/4; !near(got, want, 1e-15) {
		t.Errorf("RateAt(S) = %v, want %v", got, want)
	}
	if got := m.RateAt(1, 0, 0); got != 0.06 {
		t.Errorf("RateAt(0) = %v, want the observed 0.06", got)
	}
	if got := m.RateAt(0, 1, 10); !math.IsNaN(got) {
		t.Errorf("RateAt of an unlisted pool = %v, want NaN", got)
	}
	if got := m.RateAt(1, 1, 10); got != 0 {
		t.Errorf("RateAt with no liquidity = %v, want 0", got)
	}
}

func TestGrowCompoundsThePeriodRate(t *testing.T) {
	nan := math.NaN()
	p := panel(t, []string{"a", "b"},
		[][]float64{{0.01, 0.01}, {0.05, nan}},
		[][]float64{{1e18, 1e18}, {1e18, nan}})
	m := mustMarket(t, p, Config{Util: 0.8})
	pf := Portfolio{Amounts: []float64{1000, 500}, Idle: 250}
	earned := m.Grow(0, &pf)
	want := 1000 * (math.Pow(1.05, 1.0/365) - 1) // row t+1's rate; b is unlisted at t+1 and earns 0
	if !near(earned, want, 1e-9) || !near(pf.Amounts[0], 1000+want, 1e-12) || pf.Amounts[1] != 500 || pf.Idle != 250 {
		t.Errorf("Grow: earned %v amounts %v idle %v, want earned %v", earned, pf.Amounts, pf.Idle, want)
	}
	if got := m.Grow(1, &pf); got != 0 {
		t.Errorf("Grow past the last row earned %v", got)
	}
}

func TestGrowAppliesOwnRateImpact(t *testing.T) {
	p := panel(t, []string{"a"}, [][]float64{{0.1}, {0.1}}, [][]float64{{1000}, {1000}})
	m := mustMarket(t, p, Config{Util: 0, Elasticity: 0})
	pf := Portfolio{Amounts: []float64{1000}}
	m.Grow(0, &pf)
	// Pure dilution: holding S earns half the rate.
	if want := 1000 * math.Pow(1.05, 1.0/365); !near(pf.Amounts[0], want, 1e-12) {
		t.Errorf("after Grow %v, want %v", pf.Amounts[0], want)
	}
}

func TestRebalanceCosts(t *testing.T) {
	p := panel(t, []string{"a", "b", "c"},
		[][]float64{{0.05, 0.04, 0.03}, {0.05, 0.04, 0.03}},
		[][]float64{{1e9, 1e9, 1e9}, {1e9, 1e9, 1e9}})
	m := mustMarket(t, p, Config{GasUSD: 5, CostBps: 10, Util: 0.8, Dust: 1e-4})

	// Idle pays: a +400, b −300; c moves 0.05 USD < dust (0.1 USD) and keeps its amount.
	pf := Portfolio{Amounts: []float64{0, 500, 300}, Idle: 200} // value 1000
	tr, err := m.RebalanceAt(0, &pf, []float64{0.4, 0.2, 0.30005})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Touched != 2 || tr.Moved != 700 || tr.Gas != 10 || !near(tr.Fees, 0.7, 1e-12) {
		t.Errorf("trade %+v, want 2 touched, 700 moved, 10 gas, 0.7 fees", tr)
	}
	if pf.Amounts[0] != 400 || pf.Amounts[1] != 200 || pf.Amounts[2] != 300 || !near(pf.Idle, 100-10.7, 1e-12) {
		t.Errorf("portfolio %+v, want [400 200 300] idle 89.3", pf)
	}

	// Idle cannot pay: the touched sources give up the shortfall pro rata.
	pf = Portfolio{Amounts: []float64{0, 500, 300}, Idle: 200}
	tr, err = m.RebalanceAt(0, &pf, []float64{0.5, 0.2, 0.3})
	if err != nil {
		t.Fatal(err)
	}
	scale := (700 - tr.Cost()) / 700
	if tr.Touched != 2 || pf.Idle != 0 || !near(pf.Amounts[0], 500*scale, 1e-12) || !near(pf.Amounts[1], 200*scale, 1e-12) || pf.Amounts[2] != 300 {
		t.Errorf("trade %+v portfolio %+v, want touched sources scaled by %v", tr, pf, scale)
	}
	if !near(pf.Value(), 1000-tr.Cost(), 1e-12) {
		t.Errorf("value %v, want %v", pf.Value(), 1000-tr.Cost())
	}
}

func TestRebalanceRejectsBadTargetsAndLeavesPortfolio(t *testing.T) {
	nan := math.NaN()
	p := panel(t, []string{"a", "b"},
		[][]float64{{0.05, nan}, {0.05, 0.04}},
		[][]float64{{1e9, nan}, {1e9, 1e9}})
	m := mustMarket(t, p, Defaults)
	for _, tc := range []struct {
		target []float64
		want   string
	}{
		{[]float64{0.5}, "2 pools"},
		{[]float64{0.7, 0.4}, "sum to"},
		{[]float64{-0.1, 0.4}, "weight of a = -0.1"},
		{[]float64{math.NaN(), 0}, "weight of a = NaN"},
		{[]float64{0.5, 0.5}, "into b at 2025-01-01"},
	} {
		pf := Portfolio{Amounts: []float64{100, 0}, Idle: 900}
		_, err := m.RebalanceAt(0, &pf, tc.target)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("target %v: error %v, want it to contain %q", tc.target, err, tc.want)
		}
		if pf.Amounts[0] != 100 || pf.Amounts[1] != 0 || pf.Idle != 900 {
			t.Errorf("target %v: portfolio changed to %+v", tc.target, pf)
		}
	}
	// Withdrawing from a pool that lost its record is allowed.
	pf := Portfolio{Amounts: []float64{0, 100}, Idle: 900}
	if _, err := m.RebalanceAt(0, &pf, []float64{0, 0}); err != nil || pf.Amounts[1] != 0 {
		t.Errorf("withdraw from unlisted pool: %v, %+v", err, pf)
	}
}

func TestNewValidates(t *testing.T) {
	p := panel(t, []string{"a"}, [][]float64{{0.05}, {0.05}}, [][]float64{{1}, {1}})
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{GasUSD: -1}, "GasUSD -1"},
		{Config{CostBps: 1e4}, "CostBps 10000"},
		{Config{Util: 1}, "Util 1"},
		{Config{Elasticity: math.Inf(1)}, "Elasticity +Inf"},
		{Config{Dust: 1}, "Dust 1"},
	} {
		if _, err := New(p, tc.cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.cfg, err, tc.want)
		}
	}
	bad := panel(t, []string{"a"}, [][]float64{{0.05}, {math.NaN()}}, [][]float64{{1}, {1}})
	if _, err := New(bad, Defaults); err == nil || !strings.Contains(err.Error(), "pool a at 2025-01-02") {
		t.Errorf("APY/TVL mismatch: %v", err)
	}
	if _, err := New(panel(t, []string{"a"}, [][]float64{{0.05}}, [][]float64{{1}}), Defaults); err == nil {
		t.Error("one-row panel accepted")
	}
}

// TestHead: the head has the first rows only, with the same values and
// model, and later rows are out of its range.
func TestHead(t *testing.T) {
	nan := math.NaN()
	p := panel(t, []string{"a", "b"},
		[][]float64{{0.05, nan}, {0.06, 0.04}, {0.07, 0.03}},
		[][]float64{{800, nan}, {1000, 10}, {900, 20}})
	m := mustMarket(t, p, Config{Util: 0.5, Elasticity: 1, GasUSD: 3})
	h, err := m.Head(2)
	if err != nil {
		t.Fatal(err)
	}
	if h.Len() != 2 || h.N() != 2 || h.Config() != m.Config() || h.PeriodYears() != m.PeriodYears() || !h.Time(1).Equal(m.Time(1)) {
		t.Fatalf("head: %d rows, %d pools, %+v", h.Len(), h.N(), h.Config())
	}
	for r := range 2 {
		for i := range 2 {
			if a, b := h.RateAt(r, i, 500), m.RateAt(r, i, 500); a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
				t.Errorf("row %d pool %d: head %v, market %v", r, i, a, b)
			}
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("head.APY(2, 0) did not panic")
			}
		}()
		_ = h.APY(2, 0)
	}()
	for _, rows := range []int{1, 4} {
		if _, err := m.Head(rows); err == nil || !strings.Contains(err.Error(), "need 2 ≤ rows ≤ 3") {
			t.Errorf("Head(%d): %v", rows, err)
		}
	}
}
