package backtest

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/covariance"
	"github.com/vaultkeeper/vaultkeeper/optimizer/forecast"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/meanvar"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// Forecaster predicts each column's value h rows after the last row of x,
// reading no other rows; NaN where a column has no current value.
// optimizer/forecast's Last, EWMA and AR1 implement it.
type Forecaster interface {
	Forecast(x *mat.Dense, h int) ([]float64, error)
}

// MeanVar is the mean-variance strategy: at each row it solves
// optimizer/meanvar's problem over the pools it may trade,
//
//	maximise  Y(w) − (λ/2)·wᵀΣw − (gas·k + κ·V·Σ|w − w⁰|)/(V·H),
//
// with
//
//   - μ_i the Forecaster's prediction of pool i's APY one row ahead, from
//     the last Window rows of the view (forecast.EWMA with a half-life of 3
//     rows by default);
//   - the rate impact of the market itself: pool i's rate at a holding x
//     is μ_i·(S_i/(S_i+x))^(1+η) with S_i = L_i/(1−u₀) from its free
//     liquidity at t, given to Solve as a rateimpact.Model quoted at the
//     current holding (so Y is exactly the market's income at the
//     forecast rates);
//   - Σ the covariance of daily APY changes over the last Window rows
//     (covariance.ChangeCov, pairwise, EWMA with half-life CovHalfLife,
//     repaired to positive definite), falling back to its diagonal when a
//     pair has too few common rows;
//   - the market's gas per pool touched and proportional cost, amortised
//     over Horizon rows.
//
// Pools it may trade are the eligible ones (View.Eligible) and the ones it
// holds; a held pool that is not eligible may only shrink, and one with no
// data at t is forecast to pay nothing. Solve holds when no move pays.
type MeanVar struct {
	// Forecast predicts μ; nil means forecast.EWMA{HalfLife: 3}.
	Forecast Forecaster
	// Window is the number of rows of history used; 0 means 90.
	Window int
	// CovHalfLife is the covariance's EWMA half-life in rows; 0 means 30.
	CovHalfLife float64
	// RiskAversion is λ (per year, on APY changes per row); 0 means none.
	RiskAversion float64
	// Horizon is the number of rows over which costs are amortised;
	// 0 means 7.
	Horizon int

	failures int
	lastErr  error
}

// DefaultMeanVar is the configuration `keeper backtest` runs.
func DefaultMeanVar() *MeanVar {
	return &MeanVar{Forecast: forecast.EWMA{HalfLife: 3}, Window: 90, CovHalfLife: 30, RiskAversion: 4, Horizon: 7}
}

// Name is "meanvar".
func (*MeanVar) Name() string { return "meanvar" }

// Reset implements Resetter.
func (mv *MeanVar) Reset() { mv.failures, mv.lastErr = 0, nil }

// Note gives the settings, and solver failures if any (the strategy holds
// on those rows).
func (mv *MeanVar) Note() string {
	fc, window, covHL, horizon := mv.params()
	s := fmt.Sprintf("forecast %T%+v over %d rows, covariance half-life %g rows, λ = %g, costs amortised over %d rows",
		fc, fc, window, covHL, mv.RiskAversion, horizon)
	if mv.failures > 0 {
		s += fmt.Sprintf("; held on %d rows where meanvar.Solve failed (last: %v)", mv.failures, mv.lastErr)
	}
	return s
}

func (mv *MeanVar) params() (Forecaster, int, float64, int) {
	f, w, hl, h := mv.Forecast, mv.Window, mv.CovHalfLife, mv.Horizon
	if f == nil {
		f = forecast.EWMA{HalfLife: 3}
	}
	if w <= 0 {
		w = 90
	}
	if hl <= 0 {
		hl = 30
	}
	if h <= 0 {
		h = 7
	}
	return f, w, hl, h
}

// capacityAt is the market's capacity model around a forecast rate, quoted
// at the vault's current holding: RateAfter(δ) = a·(S/(S+hold+δ))^p.
type capacityAt struct{ a, s, hold, p float64 }

func (c capacityAt) RateAfter(d float64) float64 {
	x := math.Max(c.hold+d, 0)
	if x == 0 {
		return c.a
	}
	if c.s <= 0 {
		return 0
	}
	return c.a * math.Pow(c.s/(c.s+x), c.p)
}

func (c capacityAt) MaxWithdraw() float64 { return c.hold }

// Decide implements Strategy.
func (mv *MeanVar) Decide(v *View, p market.Portfolio) (Decision, error) {
	fc, window, covHL, horizon := mv.params()
	t, V := v.T(), p.Value()
	cfg := v.Config()
	if V <= 0 {
		return Hold("nothing to invest"), nil
	}
	var pools []int // candidates, in column order
	for i := 0; i < v.N(); i++ {
		if v.Eligible(i) || p.Amounts[i] > 0 {
			pools = append(pools, i)
		}
	}
	if len(pools) == 0 {
		return Hold("no eligible pool"), nil
	}
	all := v.APYWindow(window)
	rows := all.RawMatrix().Rows
	levels := mat.NewDense(rows, len(pools), nil)
	names := make([]string, len(pools))
	for k, i := range pools {
		names[k] = v.Names()[i]
		for r := 0; r < rows; r++ {
			levels.Set(r, k, all.At(r, i))
		}
	}
	mu, err := fc.Forecast(levels, 1)
	if err != nil {
		return Decision{}, fmt.Errorf("forecast: %w", err)
	}
	w0 := p.Weights()
	n := len(pools)
	prob := meanvar.Problem{
		Mu:           make([]float64, n),
		Caps:         make([]float64, n),
		Current:      make([]float64, n),
		Capital:      V,
		Impact:       make([]rateimpact.Model, n),
		SourceCost:   cfg.GasUSD,
		Horizon:      float64(horizon) * v.PeriodYears(),
		RiskAversion: mv.RiskAversion,
	}
	if cfg.CostBps > 0 {
		prob.PropCost = make([]float64, n)
	}
	listed := make([]bool, n)
	for k, i := range pools {
		prob.Current[k] = w0[i]
		prob.Caps[k] = 1
		if !v.Eligible(i) {
			prob.Caps[k] = w0[i]
		}
		if prob.PropCost != nil {
			prob.PropCost[k] = cfg.CostBps / 1e4
		}
		a := mu[k]
		if !v.Listed(t, i) || math.IsNaN(a) {
			// No data now: the market pays nothing here.
			prob.Impact[k] = capacityAt{a: 0, hold: p.Amounts[i]}
			continue
		}
		listed[k] = true
		c := capacityAt{a: a, s: v.TVL(t, i) / (1 - cfg.Util), hold: p.Amounts[i], p: 1 + cfg.Elasticity}
		prob.Impact[k] = c
		prob.Mu[k] = c.RateAfter(0)
	}
	if mv.RiskAversion > 0 {
		prob.Cov = changeCov(levels, names, listed, window, covHL)
	}
	res, err := meanvar.Solve(prob)
	if err != nil && !errors.Is(err, meanvar.ErrNotConverged) {
		mv.failures++
		mv.lastErr = err
		return Hold("meanvar.Solve: " + err.Error()), nil
	}
	if res.Hold {
		return Hold(res.Reason), nil
	}
	target := append([]float64(nil), w0...)
	for k, i := range pools {
		if res.Touched == nil || res.Touched[k] {
			target[i] = math.Max(res.Weights[k], 0)
		}
	}
	// Guard against rounding beyond the budget.
	if s := sum(target); s > 1 {
		for i := range target {
			target[i] /= s
		}
	}
	return Decision{Target: target, Reason: res.Reason}, nil
}

func sum(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s
}

// changeCov is the covariance of the row-to-row changes of the listed
// columns of levels (others get zero rows and columns): pairwise EWMA,
// repaired to positive definite; its diagonal alone when some pair has too
// few common observations.
func changeCov(levels *mat.Dense, names []string, listed []bool, window int, halfLife float64) *mat.SymDense {
	n := len(listed)
	var idx []int
	for k, ok := range listed {
		if ok {
			idx = append(idx, k)
		}
	}
	out := mat.NewSymDense(n, nil)
	if len(idx) == 0 {
		return out
	}
	rows := levels.RawMatrix().Rows
	sub := mat.NewDense(rows, len(idx), nil)
	subNames := make([]string, len(idx))
	for j, k := range idx {
		subNames[j] = names[k]
		for r := 0; r < rows; r++ {
			sub.Set(r, j, levels.At(r, k))
		}
	}
	opt := covariance.Options{Window: window, HalfLife: halfLife, MinObs: 5, RelFloor: 1e-6}
	cov, _, err := covariance.ChangeCov(sub, subNames, opt)
	if err == nil {
		for a, k := range idx {
			for b, l := range idx[a:] {
				out.SetSym(k, l, cov.At(a, a+b))
			}
		}
		return out
	}
	// Diagonal fallback: each pool's own variance of changes.
	for j, k := range idx {
		var d []float64
		for r := 1; r < rows; r++ {
			x0, x1 := sub.At(r-1, j), sub.At(r, j)
			if !math.IsNaN(x0) && !math.IsNaN(x1) {
				d = append(d, x1-x0)
			}
		}
		if len(d) < 2 {
			continue
		}
		m := sum(d) / float64(len(d))
		ss := 0.0
		for _, x := range d {
			ss += (x - m) * (x - m)
		}
		out.SetSym(k, k, ss/float64(len(d)-1))
	}
	return out
}
