package rl

import (
	"math"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

const testdataDir = "../testdata/defillama"

var (
	realOnce  sync.Once
	realPanel *history.Panel
	realErr   error
)

// realMarket is the 63 real DefiLlama pools, daily, gaps of up to 7 days
// forward-filled, with the given market model.
func realMarket(tb testing.TB, cfg market.Config) *market.Market {
	tb.Helper()
	realOnce.Do(func() {
		ss, err := history.LoadDir(testdataDir)
		if err != nil {
			realErr = err
			return
		}
		realPanel, realErr = history.Align(ss, 24*time.Hour, 7*24*time.Hour)
	})
	if realErr != nil {
		tb.Fatal(realErr)
	}
	m, err := market.New(realPanel, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// synthPanel builds a daily panel from functions of (row, pool).
func synthPanel(names []string, rows int, apy, tvl func(t, i int) float64) *history.Panel {
	cols := len(names)
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
			a, l := apy(r, c), tvl(r, c)
			if math.IsNaN(a) || math.IsNaN(l) {
				a, l = math.NaN(), math.NaN()
			}
			p.APY.Set(r, c, a)
			p.TVL.Set(r, c, l)
		}
	}
	return p
}

func mustMarket(tb testing.TB, p *history.Panel, cfg market.Config) *market.Market {
	tb.Helper()
	m, err := market.New(p, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// equalWeight is the equal-weight baseline: equal weights over the pools
// listed at the decision row, rebalanced at the first row and every `every`
// rows after (and when a held pool stops being listed).
func equalWeight(m *market.Market, from, every int) Strategy {
	return func(t int, p market.Portfolio) ([]float64, bool, error) {
		due := (t-from)%every == 0
		for i, x := range p.Amounts {
			if x > 0 && !m.Listed(t, i) {
				due = true
			}
		}
		if !due {
			return nil, false, nil
		}
		n := 0
		for i := 0; i < m.N(); i++ {
			if m.Listed(t, i) {
				n++
			}
		}
		w := make([]float64, m.N())
		for i := range w {
			if m.Listed(t, i) {
				w[i] = 1 / float64(n)
			}
		}
		return w, true, nil
	}
}

// single is all-in pool i at the first row, then hold.
func single(i, from int) Strategy {
	return func(t int, p market.Portfolio) ([]float64, bool, error) {
		if t != from {
			return nil, false, nil
		}
		w := make([]float64, len(p.Amounts))
		w[i] = 1
		return w, true, nil
	}
}

// bestSingle is the hindsight-best single pool held from row from.
func bestSingle(tb testing.TB, m *market.Market, from, to int, capital float64) (string, Run) {
	best, bestRun := -1, Run{LogGrowth: math.Inf(-1)}
	for i := 0; i < m.N(); i++ {
		if !m.Listed(from, i) {
			continue
		}
		r, err := Simulate(m, single(i, from), from, to, capital)
		if err != nil {
			tb.Fatal(err)
		}
		if r.LogGrowth > bestRun.LogGrowth {
			best, bestRun = i, r
		}
	}
	return m.Names()[best], bestRun
}

func mat64Clone(a *mat.Dense) *mat.Dense { return mat.DenseCopyOf(a) }
