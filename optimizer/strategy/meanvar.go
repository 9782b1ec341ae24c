package strategy

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/covariance"
	"github.com/vaultkeeper/vaultkeeper/optimizer/forecast"
	"github.com/vaultkeeper/vaultkeeper/optimizer/meanvar"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// Forecasters MeanVar.Forecaster may name.
const (
	// ForecastEWMA is forecast.TimedEWMA with MeanVar.HalfLife.
	ForecastEWMA = "ewma"
	// ForecastLast is forecast.Last: each source's APY now.
	ForecastLast = "last"
	// ForecastLocalLevel is forecast.LocalLevel (a Kalman filter with a
	// signal-to-noise ratio per source), run row by row over the window
	// with its half-life capped at LocalLevelMaxHalfLife. It filters rows,
	// not time, so it needs evenly spaced rows (a panel; a keeper's ticks
	// are not).
	ForecastLocalLevel = "local-level"
)

// Fixed parts of the mean-variance strategy.
const (
	// ChangeUnit is the interval whose APY changes Σ is the covariance of:
	// λ is a risk aversion on daily changes whatever the spacing of the
	// history.
	ChangeUnit = 24 * time.Hour
	// CovMinObs is the least number of changes each candidate, and each
	// pair, needs in the window for the pairwise covariance; with fewer
	// the covariance is its diagonal.
	CovMinObs = 5
	// CovRelFloor is the repair's eigenvalue floor relative to the average
	// variance (covariance.Options.RelFloor).
	CovRelFloor = 1e-6
	// LocalLevelMaxHalfLife caps ForecastLocalLevel's half-life
	// (forecast.DefaultMaxHalfLife days).
	LocalLevelMaxHalfLife = forecast.DefaultMaxHalfLife * 24 * time.Hour
	// Year is the year of APYs and of the cost horizon.
	Year = 365 * 24 * time.Hour
)

// MeanVar is the mean-variance strategy: at a decision it solves
// optimizer/meanvar's problem over the sources it may trade,
//
//	maximise  Y(w) − (λ/2)·wᵀΣw − (G_tx·[k > 0] + G·k + κ·V·Σ|w − w⁰|)/(V·H),
//
// with V the capital, w⁰ the current weights, k the number of sources
// touched, G and G_tx the costs of touching a source and of the rebalance,
// κ the proportional cost, and
//
//   - f_i the forecast of source i's APY from its history over the last
//     Window: by default the EWMA with weights halving every HalfLife of age
//     (forecast.TimedEWMA);
//   - Y(w) = Σ_i w_i·r̂_i(w_i) the yearly yield at the forecast rates
//     including the vault's own rate impact: r̂_i(w_i) = R_i(V·(w_i − w⁰_i))
//     with R_i = Impact.Model(i, f_i), so μ_i = R_i(0) (f_i without an
//     Impact);
//   - Σ the covariance of daily APY changes over the Window (changes over
//     other intervals scaled to a day, weights halving every CovHalfLife:
//     covariance.ChangeCovTimes), pairwise over the sources observed now,
//     repaired to positive definite, or its diagonal when some pair has
//     fewer than CovMinObs common changes; none when λ = 0;
//   - H the CostHorizon in years: a move is made only if it pays its costs
//     back within H;
//   - the limits: caps, minimum idle, turnover.
//
// Candidates are the eligible sources and those the vault holds; a held
// source that is not eligible may only shrink, and one with no observation
// now is forecast to pay nothing. meanvar.Solve holds when no move pays.
//
// Every setting is a duration, so the same settings mean the same on a
// daily panel, on hourly data and on a keeper's ten-second ticks.
type MeanVar struct {
	// Forecaster is ForecastEWMA, ForecastLast or ForecastLocalLevel.
	Forecaster string
	// HalfLife is the EWMA forecast's half-life (ForecastEWMA only).
	HalfLife time.Duration
	// Window is how far back the history is read, for the forecast and the
	// covariance: rows observed less than Window before now.
	Window time.Duration
	// CovHalfLife is the covariance's half-life.
	CovHalfLife time.Duration
	// RiskAversion is λ ≥ 0, per year, on daily APY changes.
	RiskAversion float64
	// CostHorizon is H: costs are amortised over it.
	CostHorizon time.Duration
}

// DefaultMeanVar are the settings the backtest measured (README, Backtest):
// EWMA half-life 3 days over 90 days, covariance half-life 30 days, λ = 4,
// costs over 7 days.
func DefaultMeanVar() MeanVar {
	const day = 24 * time.Hour
	return MeanVar{Forecaster: ForecastEWMA, HalfLife: 3 * day, Window: 90 * day, CovHalfLife: 30 * day, RiskAversion: 4, CostHorizon: 7 * day}
}

// Name is "meanvar".
func (MeanVar) Name() string { return "meanvar" }

// Validate checks the settings; the errors name the setting and its value.
func (mv MeanVar) Validate() error {
	switch mv.Forecaster {
	case ForecastEWMA:
		if mv.HalfLife <= 0 {
			return fmt.Errorf("strategy: meanvar: forecast half-life %v: must be positive", mv.HalfLife)
		}
	case ForecastLast, ForecastLocalLevel:
	default:
		return fmt.Errorf("strategy: meanvar: forecaster %q: want %s, %s or %s", mv.Forecaster, ForecastEWMA, ForecastLast, ForecastLocalLevel)
	}
	switch {
	case mv.Window <= 0:
		return fmt.Errorf("strategy: meanvar: window %v: must be positive", mv.Window)
	case mv.CovHalfLife <= 0:
		return fmt.Errorf("strategy: meanvar: covariance half-life %v: must be positive", mv.CovHalfLife)
	case !(mv.RiskAversion >= 0 && !math.IsInf(mv.RiskAversion, 1)):
		return fmt.Errorf("strategy: meanvar: risk aversion %v: must be finite and ≥ 0", mv.RiskAversion)
	case mv.CostHorizon <= 0:
		return fmt.Errorf("strategy: meanvar: cost horizon %v: must be positive", mv.CostHorizon)
	}
	return nil
}

// Model names the forecast model, e.g. "ewma half-life 3d".
func (mv MeanVar) Model() string {
	switch mv.Forecaster {
	case ForecastEWMA:
		return "ewma half-life " + FormatDuration(mv.HalfLife)
	case ForecastLocalLevel:
		return "local-level half-life ≤ " + FormatDuration(LocalLevelMaxHalfLife)
	}
	return mv.Forecaster
}

// String gives every setting, e.g. "ewma half-life 3d over 90d, covariance
// half-life 30d, λ = 4, costs over 7d".
func (mv MeanVar) String() string {
	return fmt.Sprintf("%s over %s, covariance half-life %s, λ = %g, costs over %s", mv.Model(), FormatDuration(mv.Window),
		FormatDuration(mv.CovHalfLife), mv.RiskAversion, FormatDuration(mv.CostHorizon))
}

// FormatDuration writes whole days as "3d" and other durations as Go does
// ("36h0m0s").
func FormatDuration(d time.Duration) string {
	const day = 24 * time.Hour
	if d > 0 && d%day == 0 {
		return fmt.Sprintf("%dd", d/day)
	}
	return d.String()
}

// closed is a source with no observation now: it pays nothing, and the
// vault can take out what it holds.
type closed struct{ hold float64 }

func (closed) RateAfter(float64) float64 { return 0 }
func (c closed) MaxWithdraw() float64    { return c.hold }

// Decide implements Strategy. For an invalid input or settings, or a
// failed forecast, it returns an error and no decision. When meanvar.Solve
// fails (other than by not converging, when its last feasible iterate is
// taken and the reason says so) it returns a hold together with the
// solver's error, wrapped: the caller decides whether that is a failure
// (the backtest holds on that row; the keeper holds when no allocation is
// feasible and fails the tick otherwise).
func (mv MeanVar) Decide(in Input) (Decision, error) {
	if err := mv.Validate(); err != nil {
		return Decision{}, err
	}
	if err := in.Validate(); err != nil {
		return Decision{}, err
	}
	V := in.Capital
	if V <= 0 {
		return in.hold("nothing to invest"), nil
	}
	n := in.N()
	var pools []int // candidates, in column order
	for i := range n {
		if in.eligible(i) || in.Holdings[i] > 0 {
			pools = append(pools, i)
		}
	}
	if len(pools) == 0 {
		return in.hold("no eligible source"), nil
	}
	times, levels := mv.window(in, pools)
	names := make([]string, len(pools))
	for k, i := range pools {
		names[k] = in.Names[i]
	}
	mu, err := mv.forecast(levels, times)
	if err != nil {
		return Decision{}, fmt.Errorf("strategy: meanvar: forecast (%s): %w", mv.Model(), err)
	}
	w0 := in.weights()
	k := len(pools)
	l := in.Limits
	prob := meanvar.Problem{
		Mu:           make([]float64, k),
		Caps:         make([]float64, k),
		Current:      make([]float64, k),
		Capital:      V,
		Impact:       make([]rateimpact.Model, k),
		SourceCost:   in.Costs.Source,
		TxCost:       in.Costs.Tx,
		Horizon:      float64(mv.CostHorizon) / float64(Year),
		RiskAversion: mv.RiskAversion,
		MinIdle:      l.MinIdle,
		MaxTurnover:  l.MaxTurnover,
		Drift:        l.Drift,
	}
	if in.Costs.Proportional > 0 {
		prob.PropCost = make([]float64, k)
	}
	if l.AbsCaps != nil {
		prob.AbsCaps = make([]float64, k)
	}
	if l.RelCapsBps != nil {
		prob.RelCapsBps = make([]uint64, k)
	}
	d := Decision{Model: mv.Model(), Forecast: make([]float64, n)}
	for i := range d.Forecast {
		d.Forecast[i] = math.NaN()
	}
	listed := make([]bool, k)
	for c, i := range pools {
		prob.Current[c] = w0[i]
		prob.Caps[c] = 1
		if l.Caps != nil {
			prob.Caps[c] = l.Caps[i]
		}
		if !in.eligible(i) {
			prob.Caps[c] = math.Min(prob.Caps[c], w0[i])
		}
		if prob.PropCost != nil {
			prob.PropCost[c] = in.Costs.Proportional
		}
		if prob.AbsCaps != nil {
			prob.AbsCaps[c] = l.AbsCaps[i]
		}
		if prob.RelCapsBps != nil {
			prob.RelCapsBps[c] = l.RelCapsBps[i]
		}
		f := mu[c]
		if math.IsNaN(f) {
			// No observation now: the source pays nothing.
			prob.Impact[c] = closed{hold: in.Holdings[i]}
			continue
		}
		listed[c] = true
		d.Forecast[i] = f
		if in.Impact == nil {
			prob.Mu[c] = f
			continue
		}
		m := in.Impact.Model(i, f)
		prob.Impact[c] = m
		prob.Mu[c] = m.RateAfter(0)
	}
	if !slices.ContainsFunc(prob.Impact, func(m rateimpact.Model) bool { return m != nil }) {
		prob.Impact = nil // no model at all: the plain problem
	}
	if mv.RiskAversion > 0 {
		prob.Cov = mv.changeCov(levels, times, names, listed)
	}
	res, err := meanvar.Solve(prob)
	if err != nil && !errors.Is(err, meanvar.ErrNotConverged) {
		h := in.hold("meanvar.Solve: " + err.Error())
		if res.Hold && res.Reason != "" {
			h.Reason = res.Reason
		}
		h.Model, h.Forecast = d.Model, d.Forecast
		return h, fmt.Errorf("meanvar.Solve: %w", err)
	}
	if res.Hold {
		h := in.hold(res.Reason)
		h.Model, h.Forecast = d.Model, d.Forecast
		return h, nil
	}
	d.Weights = w0
	d.Touched = make([]bool, n)
	for c, i := range pools {
		if res.Touched == nil || res.Touched[c] {
			d.Weights[i] = math.Max(res.Weights[c], 0)
			d.Touched[i] = true
		}
	}
	// Guard against rounding beyond the budget.
	if s := sum(d.Weights); s > 1 {
		for i := range d.Weights {
			d.Weights[i] /= s
		}
	}
	d.Reason, d.Gain, d.Cost, d.Forced = res.Reason, res.Gain, res.Cost, res.Forced
	if err != nil {
		d.Reason += fmt.Sprintf(" (the solver's last iterate: %v)", err)
	}
	return d, nil
}

// window returns the rows observed less than Window before now and the
// candidates' columns of their APYs.
func (mv MeanVar) window(in Input, pools []int) ([]time.Time, *mat.Dense) {
	h := in.History
	T := len(h.Times)
	now := h.Times[T-1]
	lo := T - 1
	for lo > 0 && now.Sub(h.Times[lo-1]) < mv.Window {
		lo--
	}
	levels := mat.NewDense(T-lo, len(pools), nil)
	for r := lo; r < T; r++ {
		for k, i := range pools {
			levels.Set(r-lo, k, h.APY.At(r, i))
		}
	}
	return h.Times[lo:], levels
}

// forecast is the forecaster's prediction of each column's APY.
func (mv MeanVar) forecast(levels *mat.Dense, times []time.Time) ([]float64, error) {
	switch mv.Forecaster {
	case ForecastEWMA:
		return forecast.TimedEWMA{HalfLife: mv.HalfLife}.Forecast(levels, times)
	case ForecastLast:
		return forecast.Last{}.Forecast(levels, 1)
	}
	// ForecastLocalLevel, on evenly spaced rows: its window and half-life
	// cap in rows of that spacing.
	if len(times) < 2 {
		return forecast.LocalLevel{}.Forecast(levels, 1)
	}
	step := times[1].Sub(times[0])
	for t := 2; t < len(times); t++ {
		if d := times[t].Sub(times[t-1]); d != step {
			return nil, fmt.Errorf("the rows are not evenly spaced (%v, then %v at %s): the local-level filter runs row by row",
				step, d, times[t].Format(time.RFC3339))
		}
	}
	ll := forecast.LocalLevel{
		Window:      max(3, int(math.Round(float64(mv.Window)/float64(step)))),
		MaxHalfLife: float64(LocalLevelMaxHalfLife) / float64(step),
	}
	return ll.Forecast(levels, 1)
}

// changeCov is the covariance of daily changes of the listed columns of
// levels (others get zero rows and columns): pairwise, time-weighted,
// repaired to positive definite; its diagonal alone when some pair has too
// few common changes.
func (mv MeanVar) changeCov(levels *mat.Dense, times []time.Time, names []string, listed []bool) *mat.SymDense {
	n := len(listed)
	var idx []int
	for k, ok := range listed {
		if ok {
			idx = append(idx, k)
		}
	}
	out := mat.NewSymDense(n, nil)
	if len(idx) == 0 || len(times) < 2 {
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
	opt := covariance.TimedOptions{Unit: ChangeUnit, HalfLife: mv.CovHalfLife, MinObs: CovMinObs, RelFloor: CovRelFloor}
	cov, _, err := covariance.ChangeCovTimes(sub, times, subNames, opt)
	if err == nil {
		for a, k := range idx {
			for b, l := range idx[a:] {
				out.SetSym(k, l, cov.At(a, a+b))
			}
		}
		return out
	}
	// Diagonal fallback: each source's own variance of daily changes.
	z, _, err := covariance.DiffTimes(sub, times, ChangeUnit)
	if err != nil {
		return out
	}
	for j, k := range idx {
		var d []float64
		for r := 0; r < rows-1; r++ {
			if v := z.At(r, j); !math.IsNaN(v) {
				d = append(d, v)
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

func sum(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s
}
