package backtest

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// Decision is a strategy's answer at one row: move to Target, or hold.
type Decision struct {
	// Target holds the target weight per pool (each ≥ 0, summing to at
	// most 1; idle takes the rest). Nil means hold: the portfolio is left
	// exactly as it is and nothing is paid.
	Target []float64
	// Reason explains the decision in a few words; it is kept with the
	// trade when the decision moves money.
	Reason string
}

// Hold is a Decision not to move.
func Hold(reason string) Decision { return Decision{Reason: reason} }

// Strategy decides, at each row, where the portfolio should be.
//
// Decide is called once per row t = Start … End−1 with the view of rows
// 0…t and a copy of the portfolio before any trade at t; the returned target
// is executed at t (market.Market.RebalanceAt) and held over (t, t+1].
// Walk-forward strategies see the market only through the View. Oracles
// (oracle-heuristic, best-single) are given the whole market when they are built,
// which is what makes them oracles.
//
// A strategy may keep state between calls; Run calls Reset, when the
// strategy has it, before the first row, so that a value can be run twice.
type Strategy interface {
	Name() string
	Decide(v *View, p market.Portfolio) (Decision, error)
}

// Resetter is implemented by strategies with state between rows.
type Resetter interface{ Reset() }

// Noter is implemented by strategies with something to add to their
// result, such as the pool best-single chose; Run copies it to Result.Note.
type Noter interface{ Note() string }

// Config is a backtest's setup besides the market.
type Config struct {
	// Capital is the starting value, USD, held idle at row Start.
	Capital float64
	// Start is the first decision row; rows before it are history that
	// strategies may read but not trade in.
	Start int
	// End is the last row: the last decision is at End−1 and the final
	// value is at End. Zero means the market's last row.
	End int
	// MinHistory is the eligibility rule: a pool may receive money at row
	// t only if it has data at t and in at least MinHistory rows up to t
	// (View.Eligible). Values below 1 mean 1 (listed at t).
	MinHistory int
}

func (c Config) resolve(m *market.Market) (Config, error) {
	if m == nil {
		return c, errors.New("backtest: nil market")
	}
	if c.End == 0 {
		c.End = m.Len() - 1
	}
	if !(c.Capital > 0) || math.IsInf(c.Capital, 0) {
		return c, fmt.Errorf("backtest: capital %v: must be positive and finite", c.Capital)
	}
	if c.Start < 0 || c.End >= m.Len() || c.Start >= c.End {
		return c, fmt.Errorf("backtest: rows [%d, %d]: need 0 ≤ start < end ≤ %d", c.Start, c.End, m.Len()-1)
	}
	if c.MinHistory < 1 {
		c.MinHistory = 1
	}
	return c, nil
}

// Trade is one executed rebalance.
type Trade struct {
	Row  int
	Time time.Time
	market.Trade
	Reason string
}

// Result is one strategy's backtest.
type Result struct {
	Strategy string
	// Note says more about the result, e.g. which pool best-single chose.
	Note string
	// Start and End are the first decision row and the final row.
	Start, End int
	// Times are the times of rows Start…End (K+1 entries, K = End−Start).
	Times []time.Time
	// Value[k] is the portfolio's value at row Start+k, after the growth of
	// the period before it and before any trade at that row. Value[0] is
	// the capital.
	Value []float64
	// Gross[k] is Value[k] plus every cost paid before row Start+k: the
	// value path with costs added back (not compounded).
	Gross []float64
	// Weights[k] are the pools' weights after the trade at row Start+k,
	// held over the period (Start+k, Start+k+1]; idle is 1 − Σ (K entries).
	Weights [][]float64
	// Trades are the rebalances that moved money, in time order.
	Trades  []Trade
	Metrics Metrics
}

// Run backtests s on m: for t = Start … End−1 it asks s for a decision at t
// (through a View of rows 0…t), executes it with RebalanceAt(t), and grows
// the portfolio over (t, t+1] with Grow(t). It is deterministic.
//
// It fails if the strategy returns an error, a target the market rejects
// (for example a deposit into a pool with no data at t), or reads a row
// after t through its View.
func Run(m *market.Market, s Strategy, cfg Config) (*Result, error) {
	cfg, err := cfg.resolve(m)
	if err != nil {
		return nil, err
	}
	return run(m, s, cfg, observationCounts(m, cfg.End))
}

func run(m *market.Market, s Strategy, cfg Config, obs [][]int) (*Result, error) {
	if r, ok := s.(Resetter); ok {
		r.Reset()
	}
	K := cfg.End - cfg.Start
	res := &Result{
		Strategy: s.Name(), Start: cfg.Start, End: cfg.End,
		Times:   make([]time.Time, K+1),
		Value:   make([]float64, K+1),
		Gross:   make([]float64, K+1),
		Weights: make([][]float64, K),
	}
	p := market.NewPortfolio(m.N(), cfg.Capital)
	paid := 0.0
	for k := 0; k < K; k++ {
		t := cfg.Start + k
		res.Times[k], res.Value[k], res.Gross[k] = m.Time(t), p.Value(), p.Value()+paid
		v := &View{m: m, t: t, minHistory: cfg.MinHistory, obs: obs, peek: -1}
		d, err := s.Decide(v, p.Clone())
		if err == nil {
			err = v.Err()
		}
		if err != nil {
			return nil, fmt.Errorf("backtest: strategy %s at %s (row %d): %w", s.Name(), m.Time(t).Format(time.DateOnly), t, err)
		}
		if d.Target != nil {
			if err := v.checkEligible(p, d.Target); err != nil {
				return nil, fmt.Errorf("backtest: strategy %s at %s (row %d): %w", s.Name(), m.Time(t).Format(time.DateOnly), t, err)
			}
			tr, err := m.RebalanceAt(t, &p, d.Target)
			if err != nil {
				return nil, fmt.Errorf("backtest: strategy %s at %s (row %d): %w", s.Name(), m.Time(t).Format(time.DateOnly), t, err)
			}
			if tr.Touched > 0 {
				res.Trades = append(res.Trades, Trade{Row: t, Time: m.Time(t), Trade: tr, Reason: d.Reason})
				paid += tr.Cost()
			}
		}
		res.Weights[k] = p.Weights()
		m.Grow(t, &p)
	}
	res.Times[K], res.Value[K], res.Gross[K] = m.Time(cfg.End), p.Value(), p.Value()+paid
	if n, ok := s.(Noter); ok {
		res.Note = n.Note()
	}
	res.Metrics = metrics(res, m.PeriodYears())
	return res, nil
}

// RunAll runs every strategy on m with the same configuration, on up to
// GOMAXPROCS goroutines, and returns the results in the order of ss. The
// results do not depend on the number of goroutines.
func RunAll(m *market.Market, ss []Strategy, cfg Config) ([]*Result, error) {
	cfg, err := cfg.resolve(m)
	if err != nil {
		return nil, err
	}
	obs := observationCounts(m, cfg.End)
	out := make([]*Result, len(ss))
	errs := make([]error, len(ss))
	parallel(len(ss), func(i int) { out[i], errs[i] = run(m, ss[i], cfg, obs) })
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// parallel calls f(0…n−1) on up to GOMAXPROCS goroutines.
func parallel(n int, f func(int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
