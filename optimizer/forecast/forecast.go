// Package forecast predicts each yield source's APY some periods ahead from
// its history up to now, for the expected-return vector μ of the
// mean-variance allocator (optimizer/meanvar).
//
// Every forecaster has the method
//
//	Forecast(x *mat.Dense, h int) ([]float64, error)
//
// where x is T×p, one row per period (a history.Panel.APY, or a slice of one)
// and one column per source, row T−1 being now, and h ≥ 1 is the horizon in
// rows. It returns p forecasts of r_{T−1+h}, reading rows 0…T−1 of x only,
// so walk-forward use cannot peek: at time t pass x.Slice(0, t+1, 0, p).
// (This package declares no interface; a caller that needs one, such as the
// backtester, declares its own.)
//
// # Missing data and short histories
//
// NaN marks a period without an observation (not listed yet, delisted, or a
// gap longer than history.Align's maxGap); ±Inf is an error. The same rules
// hold for all forecasters:
//
//   - If x[T−1, j] is NaN the source has no current rate, and its forecast is
//     NaN: the allocator must not put money there.
//   - Otherwise only the finite entries of column j are used; NaN rows are
//     skipped, never filled.
//   - Last and EWMA need nothing more than the current observation. AR1 needs
//     MinPairs pairs of consecutive observations in its window; with fewer,
//     or if the lagged values are all equal, it falls back to Last (φ = 1).
//     LocalLevel needs MinPairs adjacent pairs of differences to estimate its
//     signal-to-noise ratio; with fewer it smooths with MaxHalfLife.
//
// # Models
//
// Last is the random walk: E[r_{t+h}] = r_t.
//
// EWMA is the exponentially weighted mean of the past, with half-life H rows
// and λ = 2^(−1/H):
//
//	E[r_{t+h}] = Σ_{s∈F} λ^(t−s)·r_s / Σ_{s∈F} λ^(t−s),    F = {s ≤ t : r_s finite},
//
// the same for every h. It smooths noise but lags a lasting change in level:
// after a step it has moved a fraction 1 − λ^k of the way k rows later
// (halfway after H rows).
//
// AR1 fits the mean-reverting model that suits lending rates — the supply
// rate is a function of utilisation, and a high rate draws in suppliers and
// drives borrowers out (and a low one the reverse), so deviations from a
// pool's typical level decay. In discrete time that is the AR(1), or
// Ornstein–Uhlenbeck, process
//
//	r_t − μ = φ·(r_{t−1} − μ) + ε_t,    0 ≤ φ < 1,
//
// whose h-step forecast is
//
//	E[r_{t+h} | r_t] = μ + φ^h·(r_t − μ).
//
// It interpolates between Last (φ = 1) and the long-run mean (φ = 0), with
// mean-reversion half-life ln ½ / ln φ rows. φ and μ are fitted by least
// squares on the pairs (z, y) = (r_{s−1}, r_s) of consecutive finite
// observations in the last Window rows:
//
//	φ̂ = Σ(z − z̄)(y − ȳ) / Σ(z − z̄)²,    c = ȳ − φ·z̄,    μ = c/(1 − φ),
//
// and then made stable: φ is clamped to [0, PhiMax] (a negative φ, day-to-day
// oscillation, comes from spikes, not from rate dynamics; φ ≥ 1 has no mean)
// and c re-fitted for the clamped φ; μ is clamped to the range of the window's
// observations, since the intercept of a nearly non-stationary fit is
// unreliable. Because 0 ≤ φ^h ≤ 1, the forecast lies between r_t and μ, so
// always within the range of the window.
//
// The least-squares φ̂ is biased down in short windows, by about (1 + 3φ)/n
// for n pairs (Kendall 1954; 0.13 for φ = 0.9 and a 30-row window), which
// pulls forecasts toward μ faster than the data warrant; adding (1 + 3φ̂)/n
// back changed the walk-forward errors on the testdata by less than 2%, so it
// is not done.
//
// The window should be short: pools change regime (incentives end, rate
// curves and vault allocations change) on a scale of weeks, and a mean fitted
// to a long window pulls forecasts toward a level the pool has left. In the
// walk-forward test on the real DefiLlama pools (see TestWalkForward), AR1
// with a 30-row window has a lower mean squared error than Last at horizons 1
// and 7, but with a 90-row window it is worse than Last at 7 days on most
// pools. EWMA with a half-life of 7 days matches AR1's mean squared error at
// 1 day and beats it at 7 days, and with 3 days beats it at both. Daily
// lending rates there behave more like a wandering level plus short-lived
// spikes, for which exponential smoothing is the optimal forecast (Muth
// 1960), than like deviations from a fixed mean.
// In mean absolute error, which spikes weigh less, Last is best at 1 day.
//
// LocalLevel is the random walk observed with noise, x_t = ℓ_t + ε_t,
// ℓ_t = ℓ_{t−1} + η_t, for which EWMA is the optimal forecast once its
// half-life matches the ratio q = Var η/Var ε; it estimates q for each
// column from the autocovariances of its differences and runs the Kalman
// filter (see LocalLevel), so each pool gets its own half-life. On the
// testdata it does not beat one half-life for all: its mean squared error is
// 0.83 of Last's at 1 day and 0.82 at 7 days, against EWMA H=3's 0.74 and
// 0.66. Its mean absolute error at 1 day (1.32 pp) is below every EWMA's
// and AR1's and close to Last's (1.29). Pools whose differences show no negative autocorrelation get
// q = +∞, the last value, which is poor at 7 days.
//
// For money held over the next h periods the relevant quantity is the average
// rate, not the rate at t+h; for the AR(1) it is
//
//	(1/h)·Σ_{k=1..h} E[r_{t+k}] = μ + (r_t − μ)·φ(1 − φ^h)/(h(1 − φ)),
//
// which AR1Fit.Average returns (for Last and EWMA it equals the point
// forecast).
package forecast

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Defaults used for zero fields of EWMA and AR1. DefaultHalfLife and the
// AR1 model were chosen before looking at the data; DefaultWindow was 90 at
// first and lowered to 30 after the walk-forward comparison on the testdata
// pools, so AR1's reported error there is not fully out of sample.
const (
	DefaultHalfLife = 7    // EWMA.HalfLife, rows (days for a daily panel)
	DefaultWindow   = 30   // AR1.Window, rows
	DefaultPhiMax   = 0.99 // AR1.PhiMax: mean-reversion half-life ≤ 69 rows
	DefaultMinPairs = 20   // AR1.MinPairs
)

// Last forecasts every horizon by the current observation:
// E[r_{t+h}] = r_t. It is NaN where x[T−1, j] is NaN.
type Last struct{}

// Forecast returns x[T−1, j] for every column j.
func (Last) Forecast(x *mat.Dense, h int) ([]float64, error) {
	if err := check("forecast.Last", x, h); err != nil {
		return nil, err
	}
	T, _ := x.Dims()
	return mat.Row(nil, T-1, x), nil
}

// EWMA forecasts every horizon by the exponentially weighted mean of the
// finite observations up to now, with weights λ^(T−1−s) by row age and
// λ = 2^(−1/HalfLife):
//
//	f_j = Σ_{s∈F_j} λ^(T−1−s)·x_sj / Σ_{s∈F_j} λ^(T−1−s),   F_j = {s : x_sj finite}.
//
// The forecast of a constant series is that constant; of a series that steps
// from a to b k rows before the end (rows T−k … T−1 equal b) and was a for
// the previous m rows, it is b + (a − b)·λ^k·(1 − λ^m)/(1 − λ^(k+m)).
type EWMA struct {
	// HalfLife in rows, > 0; 0 means DefaultHalfLife. +Inf gives the plain
	// mean of all finite observations.
	HalfLife float64
}

// Forecast returns the EWMA of each column (NaN where x[T−1, j] is NaN).
func (e EWMA) Forecast(x *mat.Dense, h int) ([]float64, error) {
	const op = "forecast.EWMA"
	hl := e.HalfLife
	if hl == 0 {
		hl = DefaultHalfLife
	}
	if !(hl > 0) {
		return nil, fmt.Errorf("%s: half-life %v: must be positive", op, e.HalfLife)
	}
	if err := check(op, x, h); err != nil {
		return nil, err
	}
	lambda := 1.0
	if !math.IsInf(hl, 1) {
		lambda = math.Exp2(-1 / hl)
	}
	T, _ := x.Dims()
	decay := make([]float64, T)
	for s := range decay {
		decay[s] = lambda
	}
	return ewma(x, decay), nil
}

// ewma is the exponentially weighted mean of each column of x (NaN where
// the last row is NaN): the last row weighs 1 and a row's weight is the
// next row's times decay[s+1], the factor between rows s and s+1
// (decay[0] is not read). Older rows whose weight underflows to zero are not
// read.
func ewma(x *mat.Dense, decay []float64) []float64 {
	T, p := x.Dims()
	out := make([]float64, p)
	for j := range p {
		if math.IsNaN(x.At(T-1, j)) {
			out[j] = math.NaN()
			continue
		}
		var num, den float64
		w := 1.0
		for s := T - 1; s >= 0; s-- {
			if v := x.At(s, j); !math.IsNaN(v) {
				num += w * v
				den += w
			}
			if s == 0 {
				break
			}
			w *= decay[s]
			if w == 0 {
				break // older rows underflow to zero weight
			}
		}
		out[j] = num / den
	}
	return out
}

// AR1 forecasts with an AR(1) (discrete Ornstein–Uhlenbeck) model fitted to
// each column's recent window by least squares:
//
//	E[r_{t+h}] = μ + φ^h·(r_t − μ),
//
// with φ clamped to [0, PhiMax] and μ to the range of the window; see the
// package documentation for the estimator and AR1Fit for the result. Zero
// fields take the Default values.
type AR1 struct {
	// Window is the number of most recent rows used for the fit (≥ 3);
	// their consecutive finite pairs are the regression data.
	Window int
	// PhiMax in (0, 1) caps φ, i.e. the mean-reversion half-life at
	// ln ½ / ln PhiMax rows.
	PhiMax float64
	// MinPairs (≥ 2) is the least number of pairs (r_{s−1}, r_s) for a fit;
	// with fewer the forecast is Last.
	MinPairs int
}

// AR1Fit is the fitted model of one source.
type AR1Fit struct {
	Phi float64 // φ ∈ [0, PhiMax], or 1 when Fallback
	Mu  float64 // μ, within the window's range; the current value when Fallback
	Now float64 // r_t, the current observation; NaN if there is none
	N   int     // number of pairs used
	// PhiLS is the unclamped least-squares φ̂ (NaN when Fallback).
	PhiLS float64
	// Fallback is true when there were fewer than MinPairs pairs or the
	// lagged values were all equal: then Phi = 1, Mu = Now and the
	// forecast is Last.
	Fallback bool
}

// At returns the point forecast E[r_{t+h}] = μ + φ^h·(r_t − μ).
func (f AR1Fit) At(h int) float64 {
	if f.Fallback || math.IsNaN(f.Now) {
		return f.Now
	}
	return f.Mu + math.Pow(f.Phi, float64(h))*(f.Now-f.Mu)
}

// Average returns the expected average rate over the next h periods,
//
//	(1/h)·Σ_{k=1..h} E[r_{t+k}] = μ + (r_t − μ)·φ(1 − φ^h)/(h(1 − φ)),
//
// which is r_t for φ = 1 and μ for φ = 0 (h ≥ 1).
func (f AR1Fit) Average(h int) float64 {
	if f.Fallback || math.IsNaN(f.Now) {
		return f.Now
	}
	if f.Phi == 0 {
		return f.Mu
	}
	g := f.Phi * (1 - math.Pow(f.Phi, float64(h))) / (float64(h) * (1 - f.Phi))
	return f.Mu + g*(f.Now-f.Mu)
}

// Forecast returns Fit(x)[j].At(h) for every column j (NaN where
// x[T−1, j] is NaN).
func (m AR1) Forecast(x *mat.Dense, h int) ([]float64, error) {
	if h < 1 {
		return nil, fmt.Errorf("forecast.AR1: horizon %d: must be ≥ 1", h)
	}
	fits, err := m.Fit(x)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(fits))
	for j, f := range fits {
		out[j] = f.At(h)
	}
	return out, nil
}

// Fit fits the model to each column of x over its last Window rows:
//
//	pairs   (z, y) = (x_{s−1,j}, x_sj), both finite, both rows in the window
//	φ̂      = Σ(z − z̄)(y − ȳ) / Σ(z − z̄)²
//	φ       = min(max(φ̂, 0), PhiMax)
//	μ       = clamp((ȳ − φ·z̄)/(1 − φ), min window value, max window value).
//
// A column whose last entry is NaN gets Now = NaN (its forecasts are NaN).
// A column with fewer than MinPairs pairs, or whose z are all equal, gets
// Fallback. Fit returns an error for invalid parameters, a nil or empty x,
// or an infinite entry.
func (m AR1) Fit(x *mat.Dense) ([]AR1Fit, error) {
	const op = "forecast.AR1"
	win, phiMax, minPairs := m.Window, m.PhiMax, m.MinPairs
	if win == 0 {
		win = DefaultWindow
	}
	if phiMax == 0 {
		phiMax = DefaultPhiMax
	}
	if minPairs == 0 {
		minPairs = DefaultMinPairs
	}
	switch {
	case win < 3:
		return nil, fmt.Errorf("%s: window %d: must be ≥ 3", op, m.Window)
	case !(phiMax > 0 && phiMax < 1):
		return nil, fmt.Errorf("%s: PhiMax %v: must be in (0, 1)", op, m.PhiMax)
	case minPairs < 2:
		return nil, fmt.Errorf("%s: MinPairs %d: must be ≥ 2", op, m.MinPairs)
	}
	if err := check(op, x, 1); err != nil {
		return nil, err
	}
	T, p := x.Dims()
	start := max(0, T-win)
	fits := make([]AR1Fit, p)
	for j := range p {
		now := x.At(T-1, j)
		f := AR1Fit{Now: now, Phi: 1, Mu: now, PhiLS: math.NaN(), Fallback: true}
		if math.IsNaN(now) {
			fits[j] = f
			continue
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		var sz, sy float64
		zmin, zmax := math.Inf(1), math.Inf(-1)
		n := 0
		for s := start; s < T; s++ {
			y := x.At(s, j)
			if math.IsNaN(y) {
				continue
			}
			lo, hi = math.Min(lo, y), math.Max(hi, y)
			if s == start {
				continue
			}
			z := x.At(s-1, j)
			if math.IsNaN(z) {
				continue
			}
			sz += z
			sy += y
			zmin, zmax = math.Min(zmin, z), math.Max(zmax, z)
			n++
		}
		f.N = n
		if n < minPairs || zmin == zmax {
			fits[j] = f
			continue
		}
		zbar, ybar := sz/float64(n), sy/float64(n)
		var szz, szy float64
		for s := start + 1; s < T; s++ {
			z, y := x.At(s-1, j), x.At(s, j)
			if math.IsNaN(z) || math.IsNaN(y) {
				continue
			}
			szz += (z - zbar) * (z - zbar)
			szy += (z - zbar) * (y - ybar)
		}
		f.Fallback = false
		f.PhiLS = szy / szz
		f.Phi = math.Min(math.Max(f.PhiLS, 0), phiMax)
		f.Mu = math.Min(math.Max((ybar-f.Phi*zbar)/(1-f.Phi), lo), hi)
		fits[j] = f
	}
	return fits, nil
}

// check validates the arguments common to all forecasters.
func check(op string, x *mat.Dense, h int) error {
	if x == nil || x.IsEmpty() {
		return fmt.Errorf("%s: no history (nil or empty matrix)", op)
	}
	if h < 1 {
		return fmt.Errorf("%s: horizon %d: must be ≥ 1", op, h)
	}
	T, p := x.Dims()
	for s := range T {
		for j := range p {
			if v := x.At(s, j); math.IsInf(v, 0) {
				return fmt.Errorf("%s: entry (%d, %d) is %v: must be finite or NaN", op, s, j, v)
			}
		}
	}
	return nil
}
