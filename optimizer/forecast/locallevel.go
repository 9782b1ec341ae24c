package forecast

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Defaults used for zero fields of LocalLevel. They were set before the
// model was run on the testdata.
const (
	DefaultLevelWindow   = 90 // LocalLevel.Window, rows
	DefaultMaxHalfLife   = 14 // LocalLevel.MaxHalfLife, rows
	DefaultLevelMinPairs = 20 // LocalLevel.MinPairs
)

// LocalLevel forecasts with the local-level model (a random walk observed
// with noise), whose signal-to-noise ratio is estimated from each column's
// own recent history, and filtered with the Kalman filter:
//
//	x_t = ℓ_t + ε_t,      ε_t ~ (0, σ_ε²)   (a day's noise: spikes, rounding)
//	ℓ_t = ℓ_{t−1} + η_t,  η_t ~ (0, σ_η²)   (the level the pool pays)
//
// E[x_{t+h}] = ℓ̂_t for every h ≥ 1. Only q = σ_η²/σ_ε² matters for ℓ̂. In
// units of σ_ε² the filter is, from ℓ̂ = the first finite observation and
// P = 1 (the variance of one observation),
//
//	P⁻ = P + q                            every row after the first
//	K  = P⁻/(P⁻ + 1),  ℓ̂ ← ℓ̂ + K·(x_s − ℓ̂),  P = K   rows with an observation
//	P  = P⁻                               rows without one (NaN)
//
// so that a gap widens the level's uncertainty and the next observation
// weighs more. The gain converges to the steady state
//
//	K∞ = (−q + √(q² + 4q))/2,
//
// where the filter is EWMA with λ = 1 − K∞ (half-life ln ½ / ln(1 − K∞)
// rows): the local-level model is the one for which exponential smoothing is
// the optimal forecast (Muth 1960), and fitting q per column gives each
// pool its own half-life instead of one for all.
//
// q is estimated by the method of moments from the first differences
// d_s = x_s − x_{s−1} (pairs of consecutive finite observations) in the last
// Window rows. Under the model d_s = η_s + ε_s − ε_{s−1}, so
//
//	γ₀ = Var d = σ_η² + 2σ_ε²,    γ₁ = Cov(d_s, d_{s−1}) = −σ_ε²,
//
// and, with γ̂₀, γ̂₁ the sample (co)variances of the centred differences,
//
//	σ̂_ε² = max(−γ̂₁, 0),    σ̂_η² = max(γ̂₀ + 2γ̂₁, 0),    q̂ = σ̂_η²/σ̂_ε².
//
// q̂ = +∞ (no evidence of noise: the forecast is the last observation) when
// σ̂_ε² = 0 and σ̂_η² > 0; q̂ is raised to q_min, the q whose steady-state
// half-life is MaxHalfLife, so that a column that looks like pure noise is
// still followed, slowly. With fewer than MinPairs adjacent pairs of
// differences, or no variation at all, q = q_min too.
type LocalLevel struct {
	// Window is the number of most recent rows used to estimate q (≥ 3).
	Window int
	// MaxHalfLife (> 0, rows) bounds the steady-state half-life: q ≥ q_min
	// with K∞(q_min) = 1 − 2^(−1/MaxHalfLife).
	MaxHalfLife float64
	// MinPairs (≥ 2) is the least number of adjacent pairs of differences
	// (d_{s−1}, d_s) for an estimate of q.
	MinPairs int
}

// LocalLevelFit is the fitted and filtered model of one column.
type LocalLevelFit struct {
	Level float64 // ℓ̂, the forecast; NaN when the column has no current value
	Q     float64 // q used, in [q_min, +∞]
	QHat  float64 // the unclamped method-of-moments q̂ (NaN when Fallback)
	Gain  float64 // the last row's Kalman gain K
	// HalfLife is the steady-state half-life ln ½ / ln(1 − K∞) in rows
	// (0 when q = +∞).
	HalfLife float64
	Pairs    int  // adjacent pairs of differences used
	Fallback bool // too few pairs or no variation: q = q_min
}

// SteadyGain is the steady-state Kalman gain of the local-level model with
// signal-to-noise ratio q ≥ 0: K∞ = (−q + √(q² + 4q))/2, the positive root
// of K² = q·(1 − K); 1 for q = +∞.
func SteadyGain(q float64) float64 {
	if math.IsInf(q, 1) {
		return 1
	}
	// 2q/(q + √(q² + 4q)) is the same root without cancellation for large q.
	if q <= 0 {
		return 0
	}
	return 2 * q / (q + math.Sqrt(q*q+4*q))
}

// QForHalfLife is the q whose steady-state gain gives an EWMA of half-life
// hl rows: K = 1 − 2^(−1/hl), q = K²/(1 − K).
func QForHalfLife(hl float64) float64 {
	k := -math.Expm1(-math.Ln2 / hl)
	return k * k / (1 - k)
}

func (m LocalLevel) params() (win int, maxHL float64, minPairs int, err error) {
	win, maxHL, minPairs = m.Window, m.MaxHalfLife, m.MinPairs
	if win == 0 {
		win = DefaultLevelWindow
	}
	if maxHL == 0 {
		maxHL = DefaultMaxHalfLife
	}
	if minPairs == 0 {
		minPairs = DefaultLevelMinPairs
	}
	switch {
	case win < 3:
		err = fmt.Errorf("forecast.LocalLevel: window %d: must be ≥ 3", m.Window)
	case !(maxHL > 0) || math.IsInf(maxHL, 1):
		err = fmt.Errorf("forecast.LocalLevel: MaxHalfLife %v: must be positive and finite", m.MaxHalfLife)
	case minPairs < 2:
		err = fmt.Errorf("forecast.LocalLevel: MinPairs %d: must be ≥ 2", m.MinPairs)
	}
	return
}

// Forecast returns Fit(x)[j].Level for every column j (NaN where
// x[T−1, j] is NaN), the same for every horizon h ≥ 1.
func (m LocalLevel) Forecast(x *mat.Dense, h int) ([]float64, error) {
	if h < 1 {
		return nil, fmt.Errorf("forecast.LocalLevel: horizon %d: must be ≥ 1", h)
	}
	fits, err := m.Fit(x)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(fits))
	for j, f := range fits {
		out[j] = f.Level
	}
	return out, nil
}

// Fit estimates q for each column of x from its last Window rows and runs
// the filter over the whole column (see LocalLevel). A column whose last
// entry is NaN gets Level NaN. Fit returns an error for invalid parameters,
// a nil or empty x, or an infinite entry.
func (m LocalLevel) Fit(x *mat.Dense) ([]LocalLevelFit, error) {
	win, maxHL, minPairs, err := m.params()
	if err != nil {
		return nil, err
	}
	if err := check("forecast.LocalLevel", x, 1); err != nil {
		return nil, err
	}
	qMin := QForHalfLife(maxHL)
	T, p := x.Dims()
	fits := make([]LocalLevelFit, p)
	col := make([]float64, T)
	for j := range p {
		mat.Col(col, j, x)
		f := LocalLevelFit{Level: math.NaN(), QHat: math.NaN()}
		f.QHat, f.Pairs = levelQ(col[max(0, T-win):])
		f.Q = f.QHat
		if f.Pairs < minPairs || math.IsNaN(f.QHat) {
			f.Q, f.QHat, f.Fallback = qMin, math.NaN(), true
		}
		f.Q = math.Max(f.Q, qMin)
		if k := SteadyGain(f.Q); k < 1 {
			f.HalfLife = -math.Ln2 / math.Log1p(-k)
		}
		if !math.IsNaN(col[T-1]) {
			f.Level, f.Gain = filterLevel(col, f.Q)
		}
		fits[j] = f
	}
	return fits, nil
}

// levelQ is the method-of-moments q̂ = max(γ̂₀ + 2γ̂₁, 0)/max(−γ̂₁, 0) from
// the differences of consecutive finite entries of x, with the number of
// adjacent pairs of differences; NaN when there is no variation.
func levelQ(x []float64) (q float64, pairs int) {
	// d[s] = x[s] − x[s−1] where both are finite, NaN otherwise.
	d := make([]float64, len(x))
	var sum float64
	n := 0
	for s := range x {
		d[s] = math.NaN()
		if s > 0 && !math.IsNaN(x[s]) && !math.IsNaN(x[s-1]) {
			d[s] = x[s] - x[s-1]
			sum += d[s]
			n++
		}
	}
	if n == 0 {
		return math.NaN(), 0
	}
	mean := sum / float64(n)
	var g0, g1 float64
	for s := range d {
		if math.IsNaN(d[s]) {
			continue
		}
		g0 += (d[s] - mean) * (d[s] - mean)
		if s > 0 && !math.IsNaN(d[s-1]) {
			g1 += (d[s] - mean) * (d[s-1] - mean)
			pairs++
		}
	}
	if pairs == 0 || g0 == 0 {
		return math.NaN(), pairs
	}
	g0 /= float64(n)
	g1 /= float64(pairs)
	se, sn := math.Max(-g1, 0), math.Max(g0+2*g1, 0)
	if se == 0 {
		return math.Inf(1), pairs
	}
	return sn / se, pairs
}

// filterLevel runs the local-level Kalman filter with ratio q over x (NaN
// = no observation) and returns the final level and the last gain.
func filterLevel(x []float64, q float64) (level, gain float64) {
	level, gain = math.NaN(), math.NaN()
	P := 0.0
	for _, v := range x {
		if math.IsNaN(level) {
			if !math.IsNaN(v) {
				level, P, gain = v, 1, 1
			}
			continue
		}
		P += q // a NaN q cannot reach here: Fit clamps it
		if math.IsNaN(v) {
			continue
		}
		gain = 1.0
		if !math.IsInf(P, 1) {
			gain = P / (P + 1)
		}
		level += gain * (v - level)
		P = gain
	}
	return level, gain
}
